import { messages, notAuthorized } from "../errors";
import type { UserRecord } from "../store/types";

/*
 * Cognito's documented lockout: after five failed password attempts the user is locked out for
 * 2^(n-5) seconds (n = failures so far), up to about 15 minutes. Attempts during a lockout fail with
 * "Password attempts exceeded" and do not count; 15 minutes without attempts, or a success, resets it.
 */
const FREE_ATTEMPTS = 5;
const MAX_LOCKOUT_MS = 15 * 60 * 1000;
const QUIET_RESET_MS = 15 * 60 * 1000;

function assertNotLockedOut(user: UserRecord, now: number): void {
  if (user.lockedUntil > now) throw notAuthorized(messages.lockedOut);
  if (user.failedSignIns > 0 && now - user.lastFailedSignInAt >= QUIET_RESET_MS) user.failedSignIns = 0;
}

function recordFailedPassword(user: UserRecord, now: number): void {
  user.failedSignIns += 1;
  user.lastFailedSignInAt = now;
  if (user.failedSignIns >= FREE_ATTEMPTS) {
    user.lockedUntil = now + Math.min(2 ** (user.failedSignIns - FREE_ATTEMPTS) * 1000, MAX_LOCKOUT_MS);
  }
}

export function resetLockout(user: UserRecord): void {
  user.failedSignIns = 0;
  user.lockedUntil = 0;
  user.lastFailedSignInAt = 0;
}

/** Checks a password the way sign-in does, counting failures towards the lockout. */
export function verifyPasswordAttempt(user: UserRecord, matches: boolean, now: number): void {
  assertNotLockedOut(user, now);
  if (!matches) {
    recordFailedPassword(user, now);
    throw notAuthorized(messages.badCredentials);
  }
}
