"use server";

import { redirect } from "next/navigation";
import * as z from "zod/mini";
import { resendOutcome } from "@/lib/auth/code-email";
import { continueSignIn } from "@/lib/auth/continue-sign-in";
import { attempt } from "@/lib/cognito/attempt";
import { startChoiceSignIn } from "@/lib/cognito/choice-sign-in";
import { AuthError } from "@/lib/cognito/errors";
import { confirmSignUp, resendConfirmationCode } from "@/lib/cognito/sign-up";
import { clearSignUpSession, signUpSessionFor } from "@/lib/flow-state/sign-up";
import { answerForm } from "@/lib/flow-state/form-flash";
import { textFields } from "@/lib/forms/form-fields";
import { failure, type FormState } from "@/lib/forms/form-state";
import { codeField, emailField, fieldErrorsOf } from "@/lib/forms/schemas";
import { safeNextPath } from "@/lib/navigation/safe-redirect";
import { withNext } from "@/lib/navigation/with-next";
import { authRateLimit, requestIp } from "@/lib/auth/rate-limits";
import { CODE_SENT } from "./texts";

const TOO_MANY_WRONG_CODES = new AuthError("too-many-failed-attempts");

const confirmSchema = z.object({ email: emailField, code: codeField });

export async function confirmEmail(_previous: FormState, formData: FormData): Promise<FormState> {
  return answerForm("confirm", confirmPage(formData), await confirmEmailResult(formData));
}

async function confirmEmailResult(formData: FormData): Promise<FormState> {
  const fields = textFields(formData, ["email", "code", "next"]);
  const values = { email: fields.email, code: fields.code };
  const parsed = confirmSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const { email, code } = parsed.data;
  const limit = await authRateLimit.check("confirmation", { ip: await requestIp() });
  if (!limit.ok) return failure(limit, values);
  if (await authRateLimit.failuresSpent("confirmation", email)) return failure(TOO_MANY_WRONG_CODES, values);
  const session = await signUpSessionFor(email);
  const result = await attempt(() => confirmSignUp(email, code, session));
  if (!result.ok) {
    const { code: reason, message } = result.error;
    if (reason !== "code-mismatch") return failure(result.error, values);
    await authRateLimit.recordFailure("confirmation", email);
    return { status: "error", fieldErrors: { code: [message] }, values };
  }
  if (session) await clearSignUpSession();
  const signedIn = result.value ? await signInAfterConfirming(email, result.value, fields.next) : null;
  redirect(signedIn ?? withNext("/signin", fields.next, { email, notice: "confirmed" }));
}

/** ConfirmSignUp's Session signs the new user in; null (sign in as usual) once it has expired. */
async function signInAfterConfirming(email: string, session: string, next: string): Promise<string | null> {
  const result = await attempt(() => startChoiceSignIn(email, { session }));
  if (!result.ok) return null;
  const step = await continueSignIn(result.value, { email, next: safeNextPath(next) });
  return step.ok ? step.path : null;
}

const resendSchema = z.object({ email: emailField });

export async function resendCode(_previous: FormState, formData: FormData): Promise<FormState> {
  return answerForm("resend-confirmation", confirmPage(formData), await resendCodeResult(formData));
}

async function resendCodeResult(formData: FormData): Promise<FormState> {
  const fields = textFields(formData, ["email"]);
  const parsed = resendSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", message: "Enter your email in the form above, then ask again." };
  const { email } = parsed.data;
  return resendOutcome(email, () => resendConfirmationCode(email), CODE_SENT);
}

/** The page to show the result on: the email travels back only when it is one. */
function confirmPage(formData: FormData): string {
  const { email, next } = textFields(formData, ["email", "next"]);
  const known = emailField.safeParse(email);
  return withNext("/confirm", next, known.success ? { email: known.data } : {});
}
