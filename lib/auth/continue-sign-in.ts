import "server-only";
import { attempt } from "../cognito/attempt";
import { AUTH_ERRORS } from "../cognito/error-catalogue";
import { associateSoftwareToken, respondToMfaChallenge } from "../cognito/mfa";
import type { SignInResult } from "../cognito/types";
import { CHALLENGE_PAGES, clearChallenge, saveChallenge } from "../flow-state/challenge";
import { trustBrowserFor } from "../flow-state/trusted-browser";
import { authLog } from "./auth-log";
import { safeNextPath } from "../navigation/safe-redirect";
import { startSession } from "./start-session";

interface SignInFlow {
  email: string;
  next: string;
}

type NextStep = { ok: true; path: string } | { ok: false; message: string };
type Challenge = Exclude<SignInResult, { kind: "signed-in" | "mfa-choice" | "totp-setup-required" }>;

const unsaved: NextStep = { ok: false, message: AUTH_ERRORS.unknown.message };

function challengeDetails(result: Challenge) {
  if (result.kind === "choose-sign-in") return { available: result.available };
  if (result.kind === "passkey-required") return { requestOptions: result.requestOptions };
  return {};
}

export async function continueSignIn(result: SignInResult, flow: SignInFlow): Promise<NextStep> {
  const { email, next } = flow;
  if (result.kind === "mfa-choice") {
    const chosen = await attempt(() => respondToMfaChallenge("SELECT_MFA_TYPE", result.username, result.session));
    return chosen.ok ? continueSignIn(chosen.value, flow) : { ok: false, message: chosen.error.message };
  }
  if (result.kind === "totp-setup-required") return startTotpSetupStep(result, flow);
  if (result.kind !== "signed-in") {
    const { kind: step, session, username } = result;
    const saved = await saveChallenge({ step, session, username, email, next, ...challengeDetails(result) });
    return saved ? { ok: true, path: CHALLENGE_PAGES[step] } : unsaved;
  }
  const problem = await startSession(result.tokens, email);
  if (problem) return { ok: false, message: problem };
  await clearChallenge();
  await trustBrowserFor(email);
  await authLog.signInSucceeded(email);
  return { ok: true, path: safeNextPath(next) };
}

// MFA_SETUP: the secret is minted in this POST, so reloading the set-up page shows the same one.
async function startTotpSetupStep(result: { session: string; username: string }, { email, next }: SignInFlow) {
  const associated = await attempt(() => associateSoftwareToken({ session: result.session }));
  if (!associated.ok) return { ok: false, message: associated.error.message } satisfies NextStep;
  const { secret, session = result.session } = associated.value;
  const step = "totp-setup-required";
  const saved = await saveChallenge({ step, session, secret, username: result.username, email, next });
  return saved ? ({ ok: true, path: CHALLENGE_PAGES[step] } satisfies NextStep) : unsaved;
}
