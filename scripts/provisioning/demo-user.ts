import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  type CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import { verifiedUserAttributes } from "./user-attributes";

export interface DemoUser {
  email: string;
  password: string;
  name: string;
  handle: string;
}

/** Meets the pool policy (upper, lower, number, symbol, 8+); printed by the CLI on purpose. */
const DEMO_USER: DemoUser = {
  email: "andrew@cruddur.test",
  password: "Cruddur-Demo-2024!",
  name: "Andrew Brown",
  handle: "andrewbrown",
};

/**
 * A confirmed demo user with a verified email. Existing users keep their account but get the
 * password reset, so the printed credentials always work.
 */
export async function seedDemoUser(
  cognito: CognitoIdentityProviderClient,
  poolId: string,
  demo = DEMO_USER,
): Promise<DemoUser> {
  try {
    await cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: poolId,
        Username: demo.email,
        MessageAction: "SUPPRESS",
        UserAttributes: verifiedUserAttributes(demo),
      }),
    );
  } catch (error) {
    if (!(error instanceof Error && error.name === "UsernameExistsException")) throw error;
  }
  await cognito.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: poolId,
      Username: demo.email,
      Password: demo.password,
      Permanent: true,
    }),
  );
  return demo;
}
