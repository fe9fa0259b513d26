"use server";

import { redirect } from "next/navigation";
import * as z from "zod/mini";
import { codeGuessFailure, signInPaused } from "@/lib/auth/sign-in-failures";
import { continueSignIn } from "@/lib/auth/continue-sign-in";
import { attempt } from "@/lib/cognito/attempt";
import { respondToMfaChallenge, verifySoftwareToken } from "@/lib/cognito/mfa";
import { clearChallenge, readChallenge } from "@/lib/flow-state/challenge";
import { textFields } from "@/lib/forms/form-fields";
import { failure, type FormState } from "@/lib/forms/form-state";
import { authenticatorCodeField, deviceNameField, fieldErrorsOf } from "@/lib/forms/schemas";
import { authLog } from "@/lib/auth/auth-log";
import { withNext } from "@/lib/navigation/with-next";

const setupSchema = z.object({ code: authenticatorCodeField, deviceName: deviceNameField });

/** MFA_SETUP: the first code from the new authenticator turns it on and finishes the sign-in. */
export async function finishAuthenticatorSetup(_previous: FormState, formData: FormData): Promise<FormState> {
  const challenge = await readChallenge();
  if (challenge?.step !== "totp-setup-required") redirect("/signin?notice=step-expired");
  const fields = textFields(formData, ["code", "deviceName"]);
  const values = { deviceName: fields.deviceName };
  const parsed = setupSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const { email, next, username, session } = challenge;
  const paused = await signInPaused(email);
  if (paused) return failure(paused, values);
  const { code, deviceName } = parsed.data;
  const result = await attempt(async () => {
    const verified = await verifySoftwareToken({ session }, code, deviceName);
    return respondToMfaChallenge("MFA_SETUP", username, verified ?? session);
  });
  if (result.ok) {
    const step = await continueSignIn(result.value, { email, next });
    if (!step.ok) return { status: "error", message: step.message, values };
    redirect(step.path);
  }
  const error = await codeGuessFailure(email, result.error);
  await authLog.signInFailed(email, error);
  if (error.code === "totp-setup-mismatch" || error.code === "totp-mismatch")
    return { status: "error", fieldErrors: { code: [error.message] }, values };
  if (error.code !== "step-expired") return failure(error, values);
  await clearChallenge();
  redirect(withNext("/signin", next, { email, notice: "step-expired" }));
}
