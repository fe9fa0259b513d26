import { createHmac, randomUUID } from "node:crypto";
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { stack } from "./stack";

export interface OutboxMessage {
  userPoolId: string;
  username: string;
  email: string;
  kind: "SIGN_UP" | "RESEND" | "FORGOT_PASSWORD" | "ADMIN_CREATE_USER";
  code: string;
  sentAt: string;
}

export interface TestUser {
  email: string;
  password: string;
  name: string;
  handle: string;
}

const PASSWORD = "Crud-Test-Pass-42!";

function admin(): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    region: stack().region,
    endpoint: stack().emulatorUrl,
    credentials: { accessKeyId: "emulator", secretAccessKey: "emulator" },
    maxAttempts: 1,
  });
}

/** A fresh identity per test, so tests never share an account. */
export function newTestUser(label = "user"): TestUser {
  const id = randomUUID().slice(0, 8);
  return { email: `${label}-${id}@cruddur.test`, password: PASSWORD, name: `Test ${label} ${id}`, handle: `${label}_${id}`.slice(0, 20) };
}

/** A confirmed account with a permanent password, made the way an operator would. */
export async function createConfirmedUser(user: TestUser = newTestUser()): Promise<TestUser> {
  const cognito = admin();
  const UserPoolId = stack().userPoolId;
  await cognito.send(
    new AdminCreateUserCommand({
      UserPoolId,
      Username: user.email,
      MessageAction: "SUPPRESS",
      UserAttributes: [
        { Name: "email", Value: user.email },
        { Name: "email_verified", Value: "true" },
        { Name: "name", Value: user.name },
        { Name: "preferred_username", Value: user.handle },
      ],
    }),
  );
  await cognito.send(new AdminSetUserPasswordCommand({ UserPoolId, Username: user.email, Password: user.password, Permanent: true }));
  cognito.destroy();
  return user;
}

/** Tokens straight from Cognito for an app client, as a mobile or API client would hold them. */
export async function tokensFor(user: TestUser, client: { clientId: string; clientSecret?: string } = stack().main) {
  const cognito = admin();
  const secretHash = client.clientSecret
    ? createHmac("sha256", client.clientSecret).update(user.email + client.clientId).digest("base64")
    : undefined;
  const output = await cognito.send(
    new InitiateAuthCommand({
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: client.clientId,
      AuthParameters: { USERNAME: user.email, PASSWORD: user.password, ...(secretHash && { SECRET_HASH: secretHash }) },
    }),
  );
  cognito.destroy();
  const result = output.AuthenticationResult;
  if (!result?.AccessToken || !result.IdToken || !result.RefreshToken) throw new Error("sign-in returned no tokens");
  return { accessToken: result.AccessToken, idToken: result.IdToken, refreshToken: result.RefreshToken };
}

export async function outbox(email: string): Promise<OutboxMessage[]> {
  const response = await fetch(`${stack().emulatorUrl}/_emulator/outbox?email=${encodeURIComponent(email)}`);
  return (await response.json()) as OutboxMessage[];
}
