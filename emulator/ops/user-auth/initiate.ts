import { invalidParameter, messages, userNotFound } from "../../errors";
import type { ClientRecord, PoolRecord } from "../../store/types";
import { assertFlowAllowed, param } from "../auth-parameters";
import type { AuthOutcome } from "../auth-outcome";
import { assertSecretHash, findUser, hidesUserExistence, type Ctx } from "../context";
import { assertTierAllows } from "../passwordless-settings";
import { availableChallenges, isFirstFactor, phantomChallenges, type FirstFactor } from "./available";
import { selectChallenge, startFactor, type Attempt } from "./factors";
import { phantomUser } from "./phantom";
import { signInAfterSignUp } from "./sign-up-session";

function preferredChallenge(parameters: Record<string, string>): FirstFactor | undefined {
  const preferred = parameters.PREFERRED_CHALLENGE;
  if (preferred === undefined) return undefined;
  if (!isFirstFactor(preferred)) throw invalidParameter(`Invalid PREFERRED_CHALLENGE ${preferred}`);
  return preferred;
}

function attemptFor(ctx: Ctx, pool: PoolRecord, client: ClientRecord, username: string) {
  const user = findUser(pool, username);
  if (user) return { attempt: { ctx, pool, client, user, phantom: false }, available: availableChallenges(pool, user) };
  if (!hidesUserExistence(client)) throw userNotFound(messages.userMissing);
  const attempt: Attempt = { ctx, pool, client, user: phantomUser(pool, username), phantom: true };
  return { attempt, available: phantomChallenges(pool, username) };
}

/**
 * InitiateAuth USER_AUTH: the preferred challenge when this user can do it, otherwise
 * SELECT_CHALLENGE with what they can; with SignUp's confirmed Session, signed in at once.
 */
export function userAuth(
  ctx: Ctx,
  pool: PoolRecord,
  client: ClientRecord,
  parameters: Record<string, string>,
  session: string | undefined,
): AuthOutcome {
  assertTierAllows(pool, "Choice-based sign-in (USER_AUTH)");
  assertFlowAllowed(client, "USER_AUTH");
  const username = param(parameters, "USERNAME");
  assertSecretHash(client, parameters.SECRET_HASH, username);
  if (session) return signInAfterSignUp(ctx, pool, client, username, session);
  const preferred = preferredChallenge(parameters);
  const { attempt, available } = attemptFor(ctx, pool, client, username);
  if (preferred && available.includes(preferred)) return startFactor(attempt, preferred, parameters);
  return selectChallenge(attempt, available);
}
