"use server";

import { redirect } from "next/navigation";
import { emailCode } from "@/lib/auth/code-email";
import { continueSignIn } from "@/lib/auth/continue-sign-in";
import { attempt } from "@/lib/cognito/attempt";
import { isSpentStep } from "@/lib/cognito/errors";
import { chooseFactor, startChoiceSignIn } from "@/lib/cognito/choice-sign-in";
import type { SignInResult } from "@/lib/cognito/types";
import { readChallenge, readChallengeAt, saveChallenge } from "@/lib/flow-state/challenge";
import { textFields } from "@/lib/forms/form-fields";
import { failure, type FormState } from "@/lib/forms/form-state";
import { currentPasswordField } from "@/lib/forms/schemas";
import { authRateLimit, requestIp } from "@/lib/auth/rate-limits";
import { signInWithPasswordFor } from "../password-sign-in";
import { startAgain } from "../start-again";

type Pending = NonNullable<Awaited<ReturnType<typeof readChallengeAt<"choose-sign-in">>>>;

/** The choices page's one form: its buttons say which way ("password", "email-code" or "passkey"). */
export async function chooseSignIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const challenge = await readChallengeAt("choose-sign-in");
  if (!challenge) return startAgain();
  const fields = textFields(formData, ["choice", "password"]);
  const limit = await authRateLimit.check("sign-in", { ip: await requestIp() });
  if (!limit.ok) return failure(limit);
  if (fields.choice === "email-code") return emailMeACode(challenge);
  if (fields.choice === "passkey") return startPasskey(challenge);
  const password = currentPasswordField.safeParse(fields.password);
  if (!password.success)
    return { status: "error", fieldErrors: { password: [password.error.issues[0]?.message ?? ""] } };
  return signInWithPasswordFor(password.data, { email: challenge.email, next: challenge.next, values: {} });
}

/**
 * Within the limits on code emails. When Cognito offered no code (an unknown email, or one not
 * yet verified), the code page looks just the same and no code is right.
 */
async function emailMeACode(challenge: Pending): Promise<FormState> {
  const { email, next, session, username } = challenge;
  let started: SignInResult | undefined;
  const sent = await emailCode(email, async () => {
    if (challenge.available?.includes("EMAIL_OTP")) started = await chooseFactor(username, session, "EMAIL_OTP");
  });
  if (!sent.ok) return isSpentStep(sent.code) ? startAgain(challenge) : failure(sent);
  if (!started) {
    const saved = await saveChallenge({
      step: "email-code-required",
      session,
      username,
      email,
      next,
      noCodeSent: true,
    });
    if (saved) redirect("/signin/email-code");
    return startAgain(challenge);
  }
  return goOn(started, challenge);
}

async function startPasskey(challenge: Pending): Promise<FormState> {
  if (!challenge.available?.includes("WEB_AUTHN")) return startAgain(challenge);
  const result = await attempt(() => chooseFactor(challenge.username, challenge.session, "WEB_AUTHN"));
  if (!result.ok) return isSpentStep(result.error.code) ? startAgain(challenge) : failure(result.error);
  return goOn(result.value, challenge);
}

async function goOn(result: SignInResult, flow: { email: string; next: string }): Promise<FormState> {
  const step = await continueSignIn(result, flow);
  if (!step.ok) return { status: "error", message: step.message };
  redirect(step.path);
}

export async function chooseAnotherWay(): Promise<void> {
  const challenge = await readChallenge();
  if (!challenge) return startAgain();
  const result = await attempt(() => startChoiceSignIn(challenge.email));
  if (!result.ok) return startAgain(challenge);
  const step = await continueSignIn(result.value, challenge);
  if (!step.ok) return startAgain(challenge);
  redirect(step.path);
}
