"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { continueSignIn } from "@/lib/auth/continue-sign-in";
import { attempt } from "@/lib/cognito/attempt";
import { getPasswordPolicy } from "@/lib/cognito/password-policy";
import { respondToNewPasswordChallenge } from "@/lib/cognito/sign-in";
import { clearChallenge, readChallenge } from "@/lib/flow-state/challenge";
import { textFields } from "@/lib/forms/form-fields";
import { failure, type FormState } from "@/lib/forms/form-state";
import { fieldErrorsOf, newPasswordField } from "@/lib/forms/schemas";
import { withNext } from "@/lib/navigation/with-next";
import { newPasswordErrors } from "@/lib/password-policy/problems";

const newPasswordSchema = z.object({ password: newPasswordField, passwordAgain: z.string() });

export async function setNewPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const challenge = await readChallenge();
  if (challenge?.step !== "new-password-required") redirect("/signin?notice=challenge-expired");
  const fields = textFields(formData, ["password", "passwordAgain"]);
  const parsed = newPasswordSchema.safeParse(fields);
  const fieldErrors = {
    ...newPasswordErrors(fields.password, fields.passwordAgain, await getPasswordPolicy()),
    ...(parsed.success ? {} : fieldErrorsOf(parsed.error)),
  };
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { status: "error", fieldErrors };
  const { session, username } = challenge;
  const result = await attempt(() => respondToNewPasswordChallenge(username, session, parsed.data.password));
  if (!result.ok) {
    const { code, message } = result.error;
    if (code === "invalid-password") return { status: "error", fieldErrors: { password: [message] } };
    if (code !== "step-expired") return failure(result.error);
    await clearChallenge();
    redirect(withNext("/signin", challenge.next, { email: challenge.email, notice: "challenge-expired" }));
  }
  const step = await continueSignIn(result.value, { email: challenge.email, next: challenge.next });
  if (!step.ok) return { status: "error", message: step.message };
  redirect(step.path);
}
