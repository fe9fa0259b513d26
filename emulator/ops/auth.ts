import {
  invalidParameter,
  messages,
  notAuthorized,
  passwordResetRequired,
  userNotConfirmed,
  userNotFound,
} from "../errors";
import { passwordMatches } from "../passwords";
import type { ClientRecord, PoolRecord } from "../store/types";
import { findSessionByRefreshToken, mintTokens } from "../tokens/issue";
import { newPasswordChallenge } from "./challenges/new-password";
import { completeSignIn } from "./complete-sign-in";
import { assertSecretHash, findClient, findUser, hidesUserExistence, type Ctx } from "./context";
import { requiredString, stringMap, type Input } from "./input";
import { resetLockout, verifyPasswordAttempt } from "./lockout";

function assertFlowAllowed(client: ClientRecord, flow: string): void {
  const allowed = client.explicitAuthFlows.includes(`ALLOW_${flow}`) || client.explicitAuthFlows.includes(flow);
  if (!allowed) throw invalidParameter(`${flow} flow not enabled for this client`);
}

function param(parameters: Record<string, string>, name: string): string {
  const value = parameters[name];
  if (!value) throw invalidParameter(`Missing required parameter ${name}`);
  return value;
}

function userPasswordAuth(ctx: Ctx, pool: PoolRecord, client: ClientRecord, parameters: Record<string, string>) {
  const username = param(parameters, "USERNAME");
  const password = param(parameters, "PASSWORD");
  assertSecretHash(client, parameters.SECRET_HASH, username);
  const user = findUser(pool, username);
  if (!user) {
    throw hidesUserExistence(client) ? notAuthorized(messages.badCredentials) : userNotFound(messages.userMissing);
  }
  verifyPasswordAttempt(user, passwordMatches(password, user.passwordHash), ctx.now());
  if (!user.enabled) throw notAuthorized(messages.disabled);
  if (user.status === "UNCONFIRMED") throw userNotConfirmed();
  if (user.status === "RESET_REQUIRED") throw passwordResetRequired();
  resetLockout(user);
  if (user.status === "FORCE_CHANGE_PASSWORD") return newPasswordChallenge(ctx, pool, client, user);
  return completeSignIn(ctx, pool, client, user);
}

function refreshTokenAuth(ctx: Ctx, pool: PoolRecord, client: ClientRecord, parameters: Record<string, string>) {
  const session = findSessionByRefreshToken(pool, param(parameters, "REFRESH_TOKEN"));
  if (!session || session.clientId !== client.clientId) throw notAuthorized(messages.refreshInvalid);
  // Cognito computes this SECRET_HASH over the Cognito username (a UUID when email is the username).
  assertSecretHash(client, parameters.SECRET_HASH, session.username);
  if (session.revoked) throw notAuthorized(messages.refreshRevoked);
  if (session.expiresAt <= ctx.now()) throw notAuthorized(messages.refreshExpired);
  const user = pool.users[session.username];
  if (!user) throw notAuthorized(messages.refreshRevoked);
  if (!user.enabled) throw notAuthorized(messages.disabled);
  return { ChallengeParameters: {}, AuthenticationResult: mintTokens(ctx, pool, client, user, session) };
}

function initiateAuth(ctx: Ctx, input: Input) {
  const { pool, client } = findClient(ctx, requiredString(input, "ClientId"));
  const flow = requiredString(input, "AuthFlow");
  const parameters = stringMap(input, "AuthParameters");
  if (flow === "USER_PASSWORD_AUTH") {
    assertFlowAllowed(client, flow);
    return userPasswordAuth(ctx, pool, client, parameters);
  }
  if (flow === "REFRESH_TOKEN_AUTH" || flow === "REFRESH_TOKEN") {
    assertFlowAllowed(client, "REFRESH_TOKEN_AUTH");
    return refreshTokenAuth(ctx, pool, client, parameters);
  }
  throw invalidParameter(
    `${flow} flow not enabled for this client (the emulator supports USER_PASSWORD_AUTH and REFRESH_TOKEN_AUTH)`,
  );
}

export const authOperations = { InitiateAuth: initiateAuth };
