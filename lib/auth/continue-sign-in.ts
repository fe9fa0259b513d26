import "server-only";
import { AUTH_ERRORS } from "../cognito/error-catalogue";
import type { SignInResult } from "../cognito/types";
import { CHALLENGE_PAGES, clearChallenge, saveChallenge } from "../flow-state/challenge";
import { trustBrowserFor } from "../flow-state/trusted-browser";
import { authLog } from "../log/auth-log";
import { safeNextPath } from "../navigation/safe-redirect";
import { startSession } from "./start-session";

/** Who is signing in and where they go afterwards. */
interface SignInFlow {
  email: string;
  next: string;
}

type NextStep = { ok: true; path: string } | { ok: false; message: string };

function challengeDetails(result: Exclude<SignInResult, { kind: "signed-in" }>) {
  if (result.kind === "choose-sign-in") return { available: result.available };
  if (result.kind === "passkey-required") return { requestOptions: result.requestOptions };
  return {};
}

/**
 * The one routing from a Cognito answer to the next step of a sign-in: tokens start the session
 * and lead to `next`; a challenge is sealed in the challenge cookie and leads to the page that
 * answers it (CHALLENGE_PAGES). The caller redirects to `path` or shows `message`.
 */
export async function continueSignIn(result: SignInResult, { email, next }: SignInFlow): Promise<NextStep> {
  if (result.kind !== "signed-in") {
    const { kind: step, session, username } = result;
    const saved = await saveChallenge({ step, session, username, email, next, ...challengeDetails(result) });
    return saved ? { ok: true, path: CHALLENGE_PAGES[step] } : { ok: false, message: AUTH_ERRORS.unknown.message };
  }
  const problem = await startSession(result.tokens, email);
  if (problem) return { ok: false, message: problem };
  await clearChallenge();
  await trustBrowserFor(email);
  await authLog.signInSucceeded(email);
  return { ok: true, path: safeNextPath(next) };
}
