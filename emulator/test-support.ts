import {
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  type CreateUserPoolClientCommandInput,
} from "@aws-sdk/client-cognito-identity-provider";
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "./index";

export const PASSWORD = "Correct-Horse1";

export async function startTestEmulator(options: EmulatorOptions = {}) {
  const emulator: RunningEmulator = await startEmulator({
    inMemory: true,
    port: 0,
    fixedCode: "123456",
    log: () => {},
    ...options,
  });
  const cognito = new CognitoIdentityProviderClient({
    region: "us-east-1",
    endpoint: emulator.url,
    credentials: { accessKeyId: "x", secretAccessKey: "x" },
    // LimitExceededException counts as throttling for the SDK; retries would hide what a test asserts.
    maxAttempts: 1,
  });
  return { emulator, cognito };
}

/** The Cruddur pool: email as username, auto-verified email, Cognito's strict default policy. */
export async function createCruddurPool(
  cognito: CognitoIdentityProviderClient,
  client: Partial<CreateUserPoolClientCommandInput> = {},
) {
  const { UserPool } = await cognito.send(
    new CreateUserPoolCommand({
      PoolName: "cruddur",
      UsernameAttributes: ["email"],
      AutoVerifiedAttributes: ["email"],
    }),
  );
  const userPoolId = UserPool?.Id as string;
  const { UserPoolClient } = await cognito.send(
    new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: "cruddur-web",
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      ...client,
    }),
  );
  return { userPoolId, clientId: UserPoolClient?.ClientId as string, clientSecret: UserPoolClient?.ClientSecret };
}
