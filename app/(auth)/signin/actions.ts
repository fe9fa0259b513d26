"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { startSession } from "@/lib/auth/start-session";
import { attempt } from "@/lib/cognito/attempt";
import { AUTH_ERRORS } from "@/lib/cognito/error-catalogue";
import { signInWithPassword } from "@/lib/cognito/sign-in";
import { resendConfirmationCode } from "@/lib/cognito/sign-up";
import { saveChallenge } from "@/lib/flow-state/challenge";
import { startResendCooldown } from "@/lib/flow-state/resend-cooldown";
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
  const limit = await authRateLimit.check("sign-in", { ip: await requestIp(), account: email });
  if (!limit.ok) return failure(limit, values);
  const result = await attempt(() => signInWithPassword(email, password));
  if (!result.ok) {
    await authLog.signInFailed(email, result.error);
    if (result.error.code !== "user-not-confirmed") return failure(result.error, values);
    await sendFreshCode(email);
    redirect(withNext("/confirm", next, { email }));
  }
  if (result.value.kind === "new-password-required") {
    const { session, username } = result.value;
    if (!(await saveChallenge({ session, username, email, next })))
      return { status: "error", message: AUTH_ERRORS.unknown.message, values };
    redirect("/new-password");
  }
  const problem = await startSession(result.value.tokens, email);
  if (problem) return { status: "error", message: problem, values };
  await authLog.signInSucceeded(email);
  redirect(next);
}

/** The code from sign-up may be long gone; a failure here leaves the page's resend button to retry. */
async function sendFreshCode(email: string): Promise<void> {
  const sent = await attempt(() => resendConfirmationCode(email));
  if (sent.ok) await startResendCooldown(email);
}
