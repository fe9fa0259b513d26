import { invalidParameter, messages, notAuthorized } from "../errors";
import { hashPassword } from "../passwords";
import { assertPassword } from "../password-policy";
import type { PoolRecord } from "../store/types";
import { startSession } from "../tokens/issue";
import { attributeMap } from "./attributes";
import { assertSecretHash, findClient, findUser, touch, type Ctx } from "./context";
import { requiredString, stringMap, type Input } from "./input";

function takeChallenge(ctx: Ctx, pool: PoolRecord, token: string, clientId: string) {
  const challenge = pool.challenges[token];
  if (!challenge || challenge.clientId !== clientId) throw notAuthorized(messages.sessionInvalid);
  if (challenge.used) throw notAuthorized(messages.sessionReused);
  if (challenge.expiresAt <= ctx.now()) throw notAuthorized(messages.sessionExpired);
  return challenge;
}

function requestedAttributes(responses: Record<string, string>): Record<string, string> {
  const list = Object.entries(responses)
    .filter(([key]) => key.startsWith("userAttributes."))
    .map(([key, value]) => ({ Name: key.slice("userAttributes.".length), Value: value }));
  return attributeMap(list);
}

function respondToAuthChallenge(ctx: Ctx, input: Input) {
  const { pool, client } = findClient(ctx, requiredString(input, "ClientId"));
  const name = requiredString(input, "ChallengeName");
  if (name !== "NEW_PASSWORD_REQUIRED") {
    throw invalidParameter(`Unsupported challenge ${name}: the emulator answers NEW_PASSWORD_REQUIRED only`);
  }
  const responses = stringMap(input, "ChallengeResponses");
  const challenge = takeChallenge(ctx, pool, requiredString(input, "Session"), client.clientId);
  const username = responses.USERNAME;
  if (!username) throw invalidParameter("Missing required parameter USERNAME");
  const user = findUser(pool, username);
  if (!user || user.username !== challenge.username) throw notAuthorized(messages.sessionInvalid);
  assertSecretHash(client, responses.SECRET_HASH, username);
  const password = responses.NEW_PASSWORD;
  if (!password) throw invalidParameter("Missing required parameter NEW_PASSWORD");
  assertPassword(password, pool.passwordPolicy, "challengeResponses.NEW_PASSWORD");
  const updates = requestedAttributes(responses);
  challenge.used = true;
  Object.assign(user.attributes, updates);
  // Signing in with a temporary password that arrived by email proves the address.
  if (user.invitedByEmail && user.attributes.email) user.attributes.email_verified = "true";
  user.passwordHash = hashPassword(password);
  user.status = "CONFIRMED";
  delete user.temporaryPasswordExpiresAt;
  touch(user, ctx);
  return { ChallengeParameters: {}, AuthenticationResult: startSession(ctx, pool, client, user) };
}

export const challengeOperations = { RespondToAuthChallenge: respondToAuthChallenge };
