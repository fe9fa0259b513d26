import "server-only";
import { AuthError } from "../cognito/errors";
import { isTrustedBrowserFor } from "../flow-state/trusted-browser";
import { authRateLimit } from "../rate-limit";

/** Cognito pauses an account's sign-in after this many wrong passwords. */
const COGNITO_LOCKOUT_AFTER = 5;
// A wrong sign-in code counts like a wrong password: both try to get into the account.
const SIGN_IN_FAILED = new Set(["invalid-credentials", "locked-out", "code-mismatch"]);
const CODE_GUESS_FAILED = new Set(["totp-mismatch", "totp-setup-mismatch"]);

/**
 * Before a sign-in reaches Cognito: an account that has failed too often (by default as often as
 * Cognito allows before its own lockout) is paused, except in a browser that has signed in to it
 * before, so other people's failures cannot lock its owner out for longer than Cognito's first
 * one-second pause.
 */
export async function signInPaused(email: string): Promise<AuthError | null> {
  if (!(await authRateLimit.failuresSpent("sign-in", email))) return null;
  return (await isTrustedBrowserFor(email)) ? null : new AuthError("locked-out");
}

/**
 * After Cognito refused: counts the failure, and from the attempt where Cognito would lock an
 * existing account, says "paused" for every email alike, so the message reveals no account.
 */
export async function signInFailure(email: string, error: AuthError): Promise<AuthError> {
  if (!SIGN_IN_FAILED.has(error.code)) return error;
  const failures = await authRateLimit.recordFailure("sign-in", email);
  return failures > COGNITO_LOCKOUT_AFTER ? new AuthError("locked-out", error.requestId) : error;
}

/** A wrong authenticator code at sign-in counts like a wrong password, against the same limit. */
export async function codeGuessFailure(email: string, error: AuthError): Promise<AuthError> {
  if (!CODE_GUESS_FAILED.has(error.code)) return error;
  const failures = await authRateLimit.recordFailure("sign-in", email);
  return failures > COGNITO_LOCKOUT_AFTER ? new AuthError("locked-out", error.requestId) : error;
}
