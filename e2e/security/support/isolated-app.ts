import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  type CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import type { MfaMode } from "../../../scripts/provisioning/mfa";
import { provisionCruddur } from "../../../scripts/provisioning/provision";
import { startNextServer } from "../../../tests/stack/next-server";
import { emulatorAdmin } from "../../../tests/stack/test-users";
import { newTestUser, type TestUser } from "../../support/emulator";
import { stack } from "../../support/stack";

/** An extra `npm start` with its own user pool and session secrets, for cases the shared stack cannot host. */
export interface IsolatedApp {
  url: string;
  /** Everything the server wrote to stdout and stderr. */
  logFile: string;
  userPoolId: string;
  clientId: string;
  createUser(): Promise<TestUser>;
  stop(): Promise<void>;
}

export { newSessionSecret as newSecret } from "../../../lib/config/session-secret";

function cognito(): CognitoIdentityProviderClient {
  return emulatorAdmin(stack().emulatorUrl, stack().region);
}

async function createUserIn(UserPoolId: string): Promise<TestUser> {
  const user = newTestUser("iso");
  const client = cognito();
  const attributes = { email: user.email, email_verified: "true", name: user.name, preferred_username: user.handle };
  await client.send(
    new AdminCreateUserCommand({
      UserPoolId,
      Username: user.email,
      MessageAction: "SUPPRESS",
      UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
    }),
  );
  await client.send(
    new AdminSetUserPasswordCommand({ UserPoolId, Username: user.email, Password: user.password, Permanent: true }),
  );
  client.destroy();
  return user;
}

export async function startIsolatedApp(
  name: string,
  secrets: { current: string; previous?: string[] },
  env: Record<string, string> = {},
  pool: { mfa?: MfaMode } = {},
): Promise<IsolatedApp> {
  const client = cognito();
  const provisioned = await provisionCruddur({ client, poolName: `cruddur-${name}`, ...pool });
  client.destroy();
  const logFile = `${process.env.E2E_OUTPUT_DIR ?? "test-results"}/servers/next-${name}.log`;
  const server = await startNextServer(
    {
      AWS_DEFAULT_REGION: provisioned.region,
      AWS_COGNITO_USER_POOL_ID: provisioned.userPoolId,
      AWS_COGNITO_USER_POOL_CLIENT_ID: provisioned.clientId,
      AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: stack().emulatorUrl,
      SESSION_SECRET: secrets.current,
      SESSION_SECRET_PREVIOUS: (secrets.previous ?? []).join(","),
      ALLOW_COGNITO_EMULATOR_IN_PRODUCTION: "true",
      ...env,
    },
    logFile,
  );
  return {
    ...server,
    logFile,
    userPoolId: provisioned.userPoolId,
    clientId: provisioned.clientId,
    createUser: () => createUserIn(provisioned.userPoolId),
  };
}
