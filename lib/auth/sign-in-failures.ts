import "server-only";
import { AuthError } from "../cognito/errors";
import { isTrustedBrowserFor } from "../flow-state/trusted-browser";
import { authRateLimit } from "./rate-limits";

const COGNITO_LOCKOUT_AFTER = 5;
// A wrong sign-in code counts like a wrong password: both try to get into the account.
const SIGN_IN_FAILED = new Set(["invalid-credentials", "locked-out", "code-mismatch"]);
const CODE_GUESS_FAILED = new Set(["totp-mismatch", "totp-setup-mismatch"]);

export async function signInPaused(email: string): Promise<AuthError | null> {
  if (!(await authRateLimit.failuresSpent("sign-in", email))) return null;
  // A browser that signed in to this account before is not paused: others' failures cannot lock its owner out.
  return (await isTrustedBrowserFor(email)) ? null : new AuthError("locked-out");
}

export async function signInFailure(email: string, error: AuthError): Promise<AuthError> {
  if (!SIGN_IN_FAILED.has(error.code)) return error;
  const failures = await authRateLimit.recordFailure("sign-in", email);
  // From where Cognito would lock an existing account, every email reads "paused" alike: no account is revealed.
  return failures > COGNITO_LOCKOUT_AFTER ? new AuthError("locked-out", error.requestId) : error;
}

export async function codeGuessFailure(email: string, error: AuthError): Promise<AuthError> {
  if (!CODE_GUESS_FAILED.has(error.code)) return error;
  const failures = await authRateLimit.recordFailure("sign-in", email);
  return failures > COGNITO_LOCKOUT_AFTER ? new AuthError("locked-out", error.requestId) : error;
}
