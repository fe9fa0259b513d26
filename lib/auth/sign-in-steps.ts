import "server-only";
import { redirect } from "next/navigation";
import { attempt } from "../cognito/attempt";
import { AUTH_ERRORS } from "../cognito/error-catalogue";
import { associateSoftwareToken, respondToMfaChallenge } from "../cognito/mfa";
import type { SignInResult } from "../cognito/types";
import { CHALLENGE_PAGES, clearChallenge, saveChallenge } from "../flow-state/challenge";
import { trustBrowserFor } from "../flow-state/trusted-browser";
import { authLog } from "../log/auth-log";
import { safeNextPath } from "../navigation/safe-redirect";
import { startSession } from "./start-session";

interface SignInContext {
  email: string;
  /** Where the person goes once signed in. */
  next: string;
}

/**
 * The one place where Cognito's answer to a sign-in step becomes the next step: a session and
 * the page the person asked for, or the page of the next challenge with the challenge sealed in
 * its short-lived cookie. Redirects, or returns the message to show on the current form.
 */
export async function continueSignIn(result: SignInResult, context: SignInContext): Promise<string> {
  if (result.kind === "mfa-choice") {
    const chosen = await attempt(() => respondToMfaChallenge("SELECT_MFA_TYPE", result.username, result.session));
    return chosen.ok ? continueSignIn(chosen.value, context) : chosen.error.message;
  }
  if (result.kind === "totp-setup-required") return startTotpSetupStep(result, context);
  if (result.kind !== "signed-in") {
    const { kind: step, session, username } = result;
    const saved = await saveChallenge({ step, session, username, ...pick(context) });
    if (!saved) return AUTH_ERRORS.unknown.message;
    redirect(CHALLENGE_PAGES[result.kind]);
  }
  const problem = await startSession(result.tokens, context.email);
  if (problem) return problem;
  await clearChallenge();
  await trustBrowserFor(context.email);
  await authLog.signInSucceeded(context.email);
  redirect(safeNextPath(context.next));
}

/** MFA_SETUP: the secret is minted here, in the POST, so reloading the set-up page shows the same one. */
async function startTotpSetupStep(result: { session: string; username: string }, context: SignInContext) {
  const associated = await attempt(() => associateSoftwareToken({ session: result.session }));
  if (!associated.ok) return associated.error.message;
  const { secret, session = result.session } = associated.value;
  const { username } = result;
  const saved = await saveChallenge({ step: "totp-setup-required", session, secret, username, ...pick(context) });
  if (!saved) return AUTH_ERRORS.unknown.message;
  redirect(CHALLENGE_PAGES["totp-setup-required"]);
}

const pick = ({ email, next }: SignInContext) => ({ email, next });
