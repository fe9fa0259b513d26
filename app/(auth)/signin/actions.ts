"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { emailCode } from "@/lib/auth/code-email";
import { signInFailure, signInPaused } from "@/lib/auth/sign-in-failures";
import { continueSignIn } from "@/lib/auth/sign-in-steps";
import { attempt } from "@/lib/cognito/attempt";
import { signInWithPassword } from "@/lib/cognito/sign-in";
import { resendConfirmationCode } from "@/lib/cognito/sign-up";
import { textFields } from "@/lib/forms/form-fields";
import { failure, type FormState } from "@/lib/forms/form-state";
import { currentPasswordField, emailField, fieldErrorsOf } from "@/lib/forms/schemas";
import { authLog } from "@/lib/log/auth-log";
import { safeNextPath } from "@/lib/navigation/safe-redirect";
import { withNext } from "@/lib/navigation/with-next";
import { authRateLimit, requestIp } from "@/lib/rate-limit";

const signInSchema = z.object({ email: emailField, password: currentPasswordField });

export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const fields = textFields(formData, ["email", "password", "next"]);
  const values = { email: fields.email };
  const parsed = signInSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const next = safeNextPath(fields.next);
  const { email, password } = parsed.data;
  const limit = await authRateLimit.check("sign-in", { ip: await requestIp() });
  if (!limit.ok) return failure(limit, values);
  const paused = await signInPaused(email);
  if (paused) return failure(paused, values);
  const result = await attempt(() => signInWithPassword(email, password));
  if (!result.ok) {
    const error = await signInFailure(email, result.error);
    await authLog.signInFailed(email, error);
    if (error.code !== "user-not-confirmed") return failure(error, values);
    const sent = await sendFreshCode(email);
    redirect(withNext("/confirm", next, { email, sent: sent ? "unconfirmed" : "unconfirmed-not-sent" }));
  }
  const problem = await continueSignIn(result.value, { email, next });
  return { status: "error", message: problem, values };
}

/** The code from sign-up may be long gone; when none can be sent now, the page's resend button retries. */
async function sendFreshCode(email: string): Promise<boolean> {
  const sent = await emailCode(email, () => resendConfirmationCode(email));
  return sent.ok || sent.cooling === true;
}
