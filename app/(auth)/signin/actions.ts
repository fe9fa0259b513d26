"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { resendConfirmationCode, signInWithPassword, toAuthError } from "@/lib/cognito";
import { saveChallenge } from "@/lib/flow-state/challenge";
import { startResendCooldown } from "@/lib/flow-state/resend-cooldown";
import { textFields } from "@/lib/forms/form-fields";
import type { FormState } from "@/lib/forms/form-state";
import { currentPasswordField, emailField, fieldErrorsOf } from "@/lib/forms/schemas";
import { withNext } from "@/lib/forms/with-next";
import { authLog } from "@/lib/log/auth-log";
import { authRateLimit, requestIp } from "@/lib/rate-limit";
import { safeNextPath } from "@/lib/safe-redirect";
import { SESSION_NOT_SAVED, startSession } from "@/lib/session/cookie-store";

const signInSchema = z.object({ email: emailField, password: currentPasswordField });

export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const fields = textFields(formData, ["email", "password", "next"]);
  const values = { email: fields.email };
  const parsed = signInSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const next = safeNextPath(fields.next);
  const { email, password } = parsed.data;
  const limit = await authRateLimit.check("sign-in", { ip: await requestIp(), account: email });
  if (!limit.ok) return { status: "error", message: limit.message, reason: "rate-limited", values };
  let destination: string;
  try {
    const result = await signInWithPassword(email, password);
    if (result.kind === "new-password-required") {
      // Cognito's challenge Session stays on the server side of a sealed, 3-minute cookie.
      const { session, username } = result;
      if (!(await saveChallenge({ session, username, email, next })))
        return { status: "error", message: SESSION_NOT_SAVED, values };
      destination = "/new-password";
    } else {
      if (!(await startSession(result.tokens))) return { status: "error", message: SESSION_NOT_SAVED, values };
      await authLog.signInSucceeded(email);
      destination = next;
    }
  } catch (error) {
    const authError = toAuthError(error);
    await authLog.signInFailed(email, authError);
    if (authError.code !== "user-not-confirmed") return { status: "error", message: authError.message, values };
    await sendFreshCode(email);
    destination = withNext("/confirm", next, { email });
  }
  redirect(destination);
}

/** The code from sign-up may be long gone; a failure here leaves the page's resend button to retry. */
async function sendFreshCode(email: string): Promise<void> {
  try {
    await resendConfirmationCode(email);
    await startResendCooldown(email);
  } catch {
    // Already logged by the error catalogue when unexpected.
  }
}
