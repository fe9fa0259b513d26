"use server";

import { redirect } from "next/navigation";
import * as z from "zod/mini";
import { endEarlierSignIns } from "@/lib/auth/after-password-change";
import { emailCode, resendOutcome } from "@/lib/auth/code-email";
import { attempt } from "@/lib/cognito/attempt";
import { AUTH_ERRORS } from "@/lib/cognito/error-catalogue";
import { AuthError } from "@/lib/cognito/errors";
import { getPasswordPolicy } from "@/lib/cognito/password-policy";
import { confirmForgotPassword, forgotPassword } from "@/lib/cognito/recovery";
import { clearRecovery, readRecovery, saveRecovery } from "@/lib/flow-state/recovery";
import { answerForm } from "@/lib/flow-state/form-flash";
import { textFields } from "@/lib/forms/form-fields";
import { newPasswordFormErrors } from "@/lib/forms/new-password-form";
import { failure, type FormState } from "@/lib/forms/form-state";
import { emailField, fieldErrorsOf, resetPasswordSchema } from "@/lib/forms/schemas";
import { safeNextPath } from "@/lib/navigation/safe-redirect";
import { withNext } from "@/lib/navigation/with-next";
import { authRateLimit, requestIp } from "@/lib/auth/rate-limits";
import { NEW_CODE_MAYBE_SENT } from "./texts";

const TOO_MANY_WRONG_CODES = new AuthError("too-many-failed-attempts");

const sendCodeSchema = z.object({ email: emailField });

export async function sendRecoveryCode(_previous: FormState, formData: FormData): Promise<FormState> {
  return answerForm(
    "forgot-request",
    withNext("/forgot", textFields(formData, ["next"]).next),
    await sendRecoveryCodeResult(formData),
  );
}

async function sendRecoveryCodeResult(formData: FormData): Promise<FormState> {
  const fields = textFields(formData, ["email", "next"]);
  const values = { email: fields.email };
  const parsed = sendCodeSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const { email } = parsed.data;
  const limit = await authRateLimit.check("recovery", { ip: await requestIp() });
  if (!limit.ok) return failure(limit, values);
  const sent = await emailCode(email, () => forgotPassword(email));
  if (!sent.ok && !sent.cooling) return failure(sent, values);
  if (!(await saveRecovery({ step: "reset", email, next: safeNextPath(fields.next) }))) {
    return { status: "error", message: AUTH_ERRORS.unknown.message, values };
  }
  redirect("/forgot");
}

export async function resetPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  return answerForm("forgot-reset", "/forgot", await resetPasswordResult(formData));
}

async function resetPasswordResult(formData: FormData): Promise<FormState> {
  const recovery = await readRecovery();
  if (recovery?.step !== "reset") redirect("/forgot");
  const fields = textFields(formData, ["code", "password", "passwordAgain"]);
  const values = { code: fields.code };
  const parsed = resetPasswordSchema.safeParse(fields);
  const fieldErrors = newPasswordFormErrors(resetPasswordSchema, formData, await getPasswordPolicy());
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { status: "error", fieldErrors, values };
  const limit = await authRateLimit.check("recovery", { ip: await requestIp() });
  if (!limit.ok) return failure(limit, values);
  if (await authRateLimit.failuresSpent("recovery", recovery.email)) return failure(TOO_MANY_WRONG_CODES, values);
  const { code, password } = parsed.data;
  const reset = await attempt(() => confirmForgotPassword(recovery.email, code, password));
  if (!reset.ok) {
    const { code: reason, message } = reset.error;
    if (reason === "code-mismatch") {
      await authRateLimit.recordFailure("recovery", recovery.email);
      return { status: "error", fieldErrors: { code: [message] }, values };
    }
    if (reason === "invalid-password") return { status: "error", fieldErrors: { password: [message] }, values };
    return failure(reset.error, values);
  }
  await endEarlierSignIns(recovery.email, password);
  await saveRecovery({ ...recovery, step: "done" });
  redirect("/forgot");
}

export async function resendRecoveryCode(): Promise<FormState> {
  return answerForm("resend-recovery", "/forgot", await resendRecoveryCodeResult());
}

async function resendRecoveryCodeResult(): Promise<FormState> {
  const recovery = await readRecovery();
  if (recovery?.step !== "reset") redirect("/forgot");
  return resendOutcome(recovery.email, () => forgotPassword(recovery.email), NEW_CODE_MAYBE_SENT);
}

export async function restartRecovery(): Promise<void> {
  const recovery = await readRecovery();
  await clearRecovery();
  if (recovery?.step !== "reset") redirect(withNext("/forgot", recovery?.next ?? ""));
  redirect(withNext("/forgot", recovery.next, { email: recovery.email }));
}
