"use server";

import { redirect } from "next/navigation";
import { emailCode } from "@/lib/auth/code-email";
import { continueSignIn } from "@/lib/auth/continue-sign-in";
import { signInFailure, signInPaused } from "@/lib/auth/sign-in-failures";
import { attempt } from "@/lib/cognito/attempt";
import { respondToEmailCode, startChoiceSignIn } from "@/lib/cognito/choice-sign-in";
import { AuthError } from "@/lib/cognito/errors";
import type { SignInResult } from "@/lib/cognito/types";
import { readChallengeAt, saveChallenge } from "@/lib/flow-state/challenge";
import { textFields } from "@/lib/forms/form-fields";
import { digitsCodeField } from "@/lib/forms/schemas";
import { failure, type FormState } from "@/lib/forms/form-state";
import { authLog } from "@/lib/auth/auth-log";
import { authRateLimit, requestIp } from "@/lib/auth/rate-limits";
import { startAgain } from "../start-again";
import { NEW_CODE_SENT } from "./texts";

/** Cognito ends a code's session after this many wrong tries. */
const TRIES_PER_CODE = 3;

const signInCodeField = digitsCodeField(
  8,
  "Enter the code from the email.",
  "The code is the 8 digits from the email.",
);

const codeProblem = (error: AuthError): FormState => ({
  status: "error",
  reason: error.code,
  fieldErrors: { code: [error.message] },
});

export async function signInWithEmailCode(_previous: FormState, formData: FormData): Promise<FormState> {
  const challenge = await readChallengeAt("email-code-required");
  if (!challenge) return startAgain();
  const code = signInCodeField.safeParse(textFields(formData, ["code"]).code);
  if (!code.success) return { status: "error", fieldErrors: { code: [code.error.issues[0]?.message ?? ""] } };
  const limit = await authRateLimit.check("sign-in", { ip: await requestIp() });
  if (!limit.ok) return failure(limit);
  const { email, username, session } = challenge;
  const paused = await signInPaused(email);
  if (paused) return failure(paused);
  const wrongCodes = challenge.wrongCodes ?? 0;
  if (wrongCodes >= TRIES_PER_CODE) return codeProblem(new AuthError("code-spent"));
  const result = challenge.noCodeSent
    ? { ok: false as const, error: new AuthError("code-mismatch") }
    : await attempt(() => respondToEmailCode(username, session, code.data));
  if (result.ok) {
    const step = await continueSignIn(result.value, challenge);
    if (!step.ok) return { status: "error", message: step.message };
    redirect(step.path);
  }
  if (result.error.code !== "code-mismatch") {
    return result.error.code === "expired-code" ? codeProblem(result.error) : failure(result.error);
  }
  const counted = await signInFailure(email, result.error);
  await authLog.signInFailed(email, counted);
  if (counted.code === "locked-out") return failure(counted);
  await saveChallenge({ ...challenge, wrongCodes: wrongCodes + 1 });
  return codeProblem(wrongCodes + 1 >= TRIES_PER_CODE ? new AuthError("code-spent") : result.error);
}

/** A new code means a new choice-based sign-in that prefers EMAIL_OTP; limits as for the first code. */
export async function resendEmailCode(): Promise<FormState> {
  const challenge = await readChallengeAt("email-code-required");
  if (!challenge) return startAgain();
  const { email } = challenge;
  let started: SignInResult | undefined;
  const sent = await emailCode(email, async () => {
    started = await startChoiceSignIn(email, { preferred: "EMAIL_OTP" });
  });
  if (!sent.ok) return failure(sent);
  const fresh = started?.kind === "email-code-required" ? started : null;
  const saved = await saveChallenge({
    ...challenge,
    ...(fresh && { session: fresh.session, username: fresh.username }),
    noCodeSent: !fresh,
    wrongCodes: 0,
  });
  if (!saved) return startAgain(challenge);
  return { status: "success", message: NEW_CODE_SENT };
}
