"use server";

import { redirect } from "next/navigation";
import * as z from "zod/mini";
import { codeGuessFailure, signInPaused } from "@/lib/auth/sign-in-failures";
import { continueSignIn } from "@/lib/auth/continue-sign-in";
import { attempt } from "@/lib/cognito/attempt";
import type { AuthError } from "@/lib/cognito/errors";
import { respondToTotpChallenge } from "@/lib/cognito/sign-in";
import { clearChallenge, readChallenge } from "@/lib/flow-state/challenge";
import { textFields } from "@/lib/forms/form-fields";
import { failure, type FormState } from "@/lib/forms/form-state";
import { authenticatorCodeField, fieldErrorsOf } from "@/lib/forms/schemas";
import { authLog } from "@/lib/auth/auth-log";
import { withNext } from "@/lib/navigation/with-next";

const codeSchema = z.object({ code: authenticatorCodeField });

export async function answerAuthenticatorCode(_previous: FormState, formData: FormData): Promise<FormState> {
  const challenge = await readChallenge();
  if (challenge?.step !== "totp-required") redirect("/signin?notice=step-expired");
  const parsed = codeSchema.safeParse(textFields(formData, ["code"]));
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error) };
  const { email, next, username, session } = challenge;
  const paused = await signInPaused(email);
  if (paused) return failure(paused);
  const result = await attempt(() => respondToTotpChallenge(username, session, parsed.data.code));
  if (!result.ok) return refused(await codeGuessFailure(email, result.error), { email, next });
  const step = await continueSignIn(result.value, { email, next });
  if (!step.ok) return { status: "error", message: step.message };
  redirect(step.path);
}

async function refused(error: AuthError, { email, next }: { email: string; next: string }): Promise<FormState> {
  await authLog.signInFailed(email, error);
  if (error.code === "totp-mismatch" || error.code === "totp-used")
    return { status: "error", fieldErrors: { code: [error.message] } };
  if (error.code === "step-expired" || error.code === "too-many-failed-attempts") await clearChallenge();
  if (error.code === "step-expired") redirect(withNext("/signin", next, { email, notice: "step-expired" }));
  return failure(error);
}
