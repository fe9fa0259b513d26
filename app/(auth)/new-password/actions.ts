"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getPasswordPolicy, respondToNewPasswordChallenge, toAuthError } from "@/lib/cognito";
import { clearChallenge, readChallenge } from "@/lib/flow-state/challenge";
import { textFields } from "@/lib/forms/form-fields";
import type { FormState } from "@/lib/forms/form-state";
import { newPasswordErrors } from "@/lib/forms/password-problems";
import { fieldErrorsOf, newPasswordField } from "@/lib/forms/schemas";
import { withNext } from "@/lib/forms/with-next";
import { safeNextPath } from "@/lib/safe-redirect";
import { SESSION_NOT_SAVED, startSession } from "@/lib/session/cookie-store";

const newPasswordSchema = z.object({ password: newPasswordField, passwordAgain: z.string() });

export async function setNewPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const challenge = await readChallenge();
  if (!challenge) redirect("/signin?notice=challenge-expired");
  const fields = textFields(formData, ["password", "passwordAgain"]);
  const parsed = newPasswordSchema.safeParse(fields);
  const fieldErrors = {
    ...newPasswordErrors(fields.password, fields.passwordAgain, await getPasswordPolicy()),
    ...(parsed.success ? {} : fieldErrorsOf(parsed.error)),
  };
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { status: "error", fieldErrors };
  let destination: string;
  try {
    const result = await respondToNewPasswordChallenge(challenge.username, challenge.session, parsed.data.password);
    const started = result.kind === "signed-in" && (await startSession(result.tokens));
    if (!started) return { status: "error", message: SESSION_NOT_SAVED };
    destination = safeNextPath(challenge.next);
  } catch (error) {
    const { code, message } = toAuthError(error);
    if (code === "invalid-password") return { status: "error", fieldErrors: { password: [message] } };
    if (code !== "session-expired") return { status: "error", message, reason: code };
    destination = withNext("/signin", challenge.next, { email: challenge.email, notice: "challenge-expired" });
  }
  await clearChallenge();
  redirect(destination);
}
