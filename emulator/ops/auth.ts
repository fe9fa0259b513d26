import { invalidParameter, messages, notAuthorized, userNotFound } from "../errors";
import type { ClientRecord, PoolRecord } from "../store/types";
import { findSessionByRefreshToken, mintTokens } from "../tokens/issue";
import { assertFlowAllowed, param } from "./auth-parameters";
import { assertSecretHash, findClient, findUser, hidesUserExistence, type Ctx } from "./context";
import { optionalString, requiredString, stringMap, type Input } from "./input";
import { passwordFactor } from "./password-factor";
import { userAuth } from "./user-auth/initiate";

function userPasswordAuth(ctx: Ctx, pool: PoolRecord, client: ClientRecord, parameters: Record<string, string>) {
  const username = param(parameters, "USERNAME");
  const password = param(parameters, "PASSWORD");
  assertSecretHash(client, parameters.SECRET_HASH, username);
  const user = findUser(pool, username);
  if (!user) {
    throw hidesUserExistence(client) ? notAuthorized(messages.badCredentials) : userNotFound(messages.userMissing);
  }
  return passwordFactor(ctx, pool, client, user, password);
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
  if (flow === "USER_AUTH") {
    return userAuth(ctx, pool, client, parameters, optionalString(input, "Session"));
  }
  throw invalidParameter(
    `${flow} flow not enabled for this client (the emulator supports USER_PASSWORD_AUTH, USER_AUTH and REFRESH_TOKEN_AUTH)`,
  );
}

export const authOperations = { InitiateAuth: initiateAuth };
