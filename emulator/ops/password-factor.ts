import { messages, notAuthorized, passwordResetRequired, userNotConfirmed } from "../errors";
import { passwordMatches } from "../passwords";
import type { ClientRecord, PoolRecord, UserRecord } from "../store/types";
import { newPasswordChallenge } from "./challenges/new-password";
import type { AuthOutcome } from "./auth-outcome";
import { completeSignIn } from "./complete-sign-in";
import type { Ctx } from "./context";
import { resetLockout, verifyPasswordAttempt } from "./lockout";

/** A password as first factor, in USER_PASSWORD_AUTH or choice-based sign-in: lockout, user state, then MFA. */
export function passwordFactor(
  ctx: Ctx,
  pool: PoolRecord,
  client: ClientRecord,
  user: UserRecord,
  password: string,
): AuthOutcome {
  verifyPasswordAttempt(user, passwordMatches(password, user.passwordHash), ctx.now());
  if (!user.enabled) throw notAuthorized(messages.disabled);
  if (user.status === "UNCONFIRMED") throw userNotConfirmed();
  if (user.status === "RESET_REQUIRED") throw passwordResetRequired();
  resetLockout(user);
  if (user.status === "FORCE_CHANGE_PASSWORD") return newPasswordChallenge(ctx, pool, client, user);
  return completeSignIn(ctx, pool, client, user);
}
