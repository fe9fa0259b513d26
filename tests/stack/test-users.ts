import { createHmac, randomUUID } from "node:crypto";
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { verifiedUserAttributes } from "../../scripts/provisioning/user-attributes";

export interface PoolUser {
  email: string;
  password: string;
  name: string;
  handle: string;
}

export interface PoolClient {
  clientId: string;
  clientSecret?: string;
}

export interface PoolTokens {
  accessToken: string;
  idToken: string;
  refreshToken: string;
}

const PASSWORD = "Crud-Test-Pass-42!";

/** An SDK client for the emulator's admin API (it accepts any credentials). */
export function emulatorAdmin(emulatorUrl: string, region = "us-east-1"): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    region,
    endpoint: emulatorUrl,
    credentials: { accessKeyId: "emulator", secretAccessKey: "emulator" },
    maxAttempts: 1,
  });
}

export function newPoolUser(label = "user"): PoolUser {
  const id = randomUUID().slice(0, 8);
  return {
    email: `${label}-${id}@cruddur.test`,
    password: PASSWORD,
    name: `Test ${label} ${id}`,
    handle: `${label}_${id}`.slice(0, 20),
  };
}

/** A confirmed account with a permanent password, made the way an operator would. */
export async function createPoolUser(
  admin: CognitoIdentityProviderClient,
  userPoolId: string,
  user: PoolUser,
): Promise<PoolUser> {
  await admin.send(
    new AdminCreateUserCommand({
      UserPoolId: userPoolId,
      Username: user.email,
      MessageAction: "SUPPRESS",
      UserAttributes: verifiedUserAttributes(user),
    }),
  );
  await admin.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: userPoolId,
      Username: user.email,
      Password: user.password,
      Permanent: true,
    }),
  );
  return user;
}

/** Tokens straight from Cognito (USER_PASSWORD_AUTH), as a mobile or API client would hold them. */
export async function passwordTokens(
  admin: CognitoIdentityProviderClient,
  client: PoolClient,
  user: PoolUser,
): Promise<PoolTokens> {
  const secretHash = client.clientSecret
    ? createHmac("sha256", client.clientSecret)
        .update(user.email + client.clientId)
        .digest("base64")
    : undefined;
  const output = await admin.send(
    new InitiateAuthCommand({
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: client.clientId,
      AuthParameters: { USERNAME: user.email, PASSWORD: user.password, ...(secretHash && { SECRET_HASH: secretHash }) },
    }),
  );
  const result = output.AuthenticationResult;
  if (!result?.AccessToken || !result.IdToken || !result.RefreshToken) throw new Error("sign-in returned no tokens");
  return { accessToken: result.AccessToken, idToken: result.IdToken, refreshToken: result.RefreshToken };
}
