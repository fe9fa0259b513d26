import { createHmac } from "node:crypto";
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  InitiateAuthCommand,
  SignUpCommand,
  type AttributeType,
  type AuthenticationResultType,
} from "@aws-sdk/client-cognito-identity-provider";
import type { AppClient, Fixture } from "./fixture";
import { STRONG_PASSWORD, uniqueEmail } from "./fixture";

/** "Computing secret hash values": Base64(HMAC_SHA256(key = client secret, message = username + client id)). */
export function secretHash(client: AppClient, username: string): string | undefined {
  if (!client.secret) return undefined;
  return createHmac("sha256", client.secret)
    .update(username + client.id)
    .digest("base64");
}

export function profile(name = "Test Person", handle = "tester"): AttributeType[] {
  return [
    { Name: "name", Value: name },
    { Name: "preferred_username", Value: handle },
  ];
}

export async function signUp(f: Fixture, client: AppClient, email: string, password = STRONG_PASSWORD) {
  return f.cognito.send(
    new SignUpCommand({
      ClientId: client.id,
      Username: email,
      Password: password,
      SecretHash: secretHash(client, email),
      UserAttributes: profile(),
    }),
  );
}

export interface TestUser {
  email: string;
  password: string;
  /** The immutable Cognito user name (a UUID in an email-as-username pool). */
  username: string;
}

/** A confirmed user with a verified email, created the way the docs' admin flow does it. */
export async function createConfirmedUser(f: Fixture, tag = "user"): Promise<TestUser> {
  const email = uniqueEmail(tag);
  const { User } = await f.cognito.send(
    new AdminCreateUserCommand({
      UserPoolId: f.poolId,
      Username: email,
      MessageAction: "SUPPRESS",
      UserAttributes: [...profile(), { Name: "email", Value: email }, { Name: "email_verified", Value: "true" }],
    }),
  );
  await f.cognito.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: f.poolId,
      Username: email,
      Password: STRONG_PASSWORD,
      Permanent: true,
    }),
  );
  if (!User?.Username) throw new Error("AdminCreateUser returned no user name");
  return { email, password: STRONG_PASSWORD, username: User.Username };
}

export async function signIn(f: Fixture, client: AppClient, email: string, password: string) {
  return f.cognito.send(
    new InitiateAuthCommand({
      ClientId: client.id,
      AuthFlow: "USER_PASSWORD_AUTH",
      AuthParameters: withHash(client, email, { USERNAME: email, PASSWORD: password }),
    }),
  );
}

export interface Tokens {
  AccessToken: string;
  IdToken: string;
  RefreshToken: string;
  ExpiresIn: number;
  TokenType: string;
}

export async function signInTokens(f: Fixture, client: AppClient, email: string, password: string): Promise<Tokens> {
  const { AuthenticationResult, ChallengeName } = await signIn(f, client, email, password);
  return requireTokens(AuthenticationResult, ChallengeName);
}

export async function refresh(f: Fixture, client: AppClient, refreshToken: string, cognitoUsername: string) {
  return f.cognito.send(
    new InitiateAuthCommand({
      ClientId: client.id,
      AuthFlow: "REFRESH_TOKEN_AUTH",
      AuthParameters: withHash(client, cognitoUsername, { REFRESH_TOKEN: refreshToken }),
    }),
  );
}

function withHash(client: AppClient, username: string, parameters: Record<string, string>): Record<string, string> {
  const hash = secretHash(client, username);
  return hash === undefined ? parameters : { ...parameters, SECRET_HASH: hash };
}

function requireTokens(result: AuthenticationResultType | undefined, challenge: string | undefined): Tokens {
  const { AccessToken, IdToken, RefreshToken, ExpiresIn, TokenType } = result ?? {};
  if (!AccessToken || !IdToken || !RefreshToken || ExpiresIn === undefined || !TokenType) {
    throw new Error(`expected tokens, got ${challenge ?? "an incomplete AuthenticationResult"}`);
  }
  return { AccessToken, IdToken, RefreshToken, ExpiresIn, TokenType };
}
