import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { attempt } from "../cognito/attempt";
import { AuthError } from "../cognito/errors";
import { respondToTotpChallenge, signInWithPassword } from "../cognito/sign-in";
import { revokeToken } from "../cognito/sign-out";
import type { SignInResult } from "../cognito/types";
import { authRateLimit } from "./rate-limits";
import { readSession } from "../session/cookies";
import { saveSession } from "../session/save";
import { verifySession } from "./dal";
import type { VerifiedSession } from "./verify-session";

const CONFIRMATION_WINDOW_MS = 5 * 60_000;
const COUNTED_FAILURES = new Set(["invalid-credentials", "totp-mismatch", "totp-used"]);
const SETTINGS = /^\/settings(\/[\w-]+)*(\?[\w=&%.-]*)?$/;

export function stepUpReturnPath(value: string): string {
  return SETTINGS.test(value) ? value : "/settings";
}

export async function requireRecentConfirmation(returnTo: string): Promise<VerifiedSession> {
  const verified = await verifySession();
  if (!verified) redirect(`/signin?next=${encodeURIComponent(returnTo)}`);
  const session = await readSession(await cookies());
  const confirmedAt = session?.confirmedAt ?? 0;
  if (Date.now() - confirmedAt < CONFIRMATION_WINDOW_MS) return verified;
  redirect(`/settings/confirm?then=${encodeURIComponent(stepUpReturnPath(returnTo))}`);
}

export async function confirmIdentity(email: string, password: string, code: string): Promise<AuthError | null> {
  if (await authRateLimit.failuresSpent("sign-in", email)) return new AuthError("locked-out");
  const result = await attempt(async () => answerCode(await signInWithPassword(email, password), code));
  if (!result.ok) {
    if (COUNTED_FAILURES.has(result.error.code)) await authRateLimit.recordFailure("sign-in", email);
    return result.error;
  }
  if (result.value.kind !== "signed-in") return new AuthError(code ? "unsupported-challenge" : "code-required");
  const { refreshToken } = result.value.tokens;
  if (refreshToken) await revokeToken(refreshToken);
  return null;
}

async function answerCode(result: SignInResult, code: string): Promise<SignInResult> {
  if (result.kind !== "totp-required" || !code) return result;
  return respondToTotpChallenge(result.username, result.session, code);
}

export async function markConfirmed(): Promise<boolean> {
  const session = await readSession(await cookies());
  return session !== null && (await saveSession({ ...session, confirmedAt: Date.now() }));
}
