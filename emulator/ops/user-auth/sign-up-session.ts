import { messages, notAuthorized } from "../../errors";
import type { ClientRecord, PoolRecord, UserRecord } from "../../store/types";
import { issueChallenge, openChallenge } from "../challenges/session";
import type { AuthOutcome } from "../auth-outcome";
import { findUser, type Ctx } from "../context";
import { tierOf } from "../passwordless-settings";
import { passwordlessSignIn } from "./sign-in";

const SIGNED_UP = "SIGN_UP";
const CONFIRMED = "CONFIRMED_SIGN_UP";

/** SignUp's Session, for ConfirmSignUp; choice-based sign-in (and so this hand-over) needs Essentials. */
export function signUpSession(ctx: Ctx, pool: PoolRecord, client: ClientRecord, user: UserRecord) {
  return tierOf(pool) === "LITE" ? {} : { Session: issueChallenge(ctx, pool, client, user, SIGNED_UP) };
}

/** ConfirmSignUp with SignUp's live Session answers a new Session for InitiateAuth USER_AUTH; otherwise none. */
export function confirmedSession(ctx: Ctx, pool: PoolRecord, client: ClientRecord, user: UserRecord, token?: string) {
  const challenge = token ? pool.challenges[token] : undefined;
  const live =
    challenge &&
    !challenge.used &&
    challenge.expiresAt > ctx.now() &&
    challenge.challengeName === SIGNED_UP &&
    challenge.clientId === client.clientId &&
    challenge.username === user.username;
  if (!live) return {};
  challenge.used = true;
  return { Session: issueChallenge(ctx, pool, client, user, CONFIRMED) };
}

/**
 * InitiateAuth's Session parameter: the code the user confirmed their sign-up with counts as the
 * first factor, once, within the authentication session's lifetime.
 */
export function signInAfterSignUp(
  ctx: Ctx,
  pool: PoolRecord,
  client: ClientRecord,
  username: string,
  token: string,
): AuthOutcome {
  const challenge = openChallenge(ctx, pool, token, client.clientId);
  const user = findUser(pool, username);
  if (challenge.challengeName !== CONFIRMED || !user || user.username !== challenge.username) {
    throw notAuthorized(messages.sessionInvalid);
  }
  challenge.used = true;
  return passwordlessSignIn(ctx, pool, client, user);
}
