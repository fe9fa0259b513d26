"use server";

import { redirect } from "next/navigation";
import { continueSignIn } from "@/lib/auth/continue-sign-in";
import { attempt } from "@/lib/cognito/attempt";
import { getPasswordPolicy } from "@/lib/cognito/password-policy";
import { respondToNewPasswordChallenge } from "@/lib/cognito/sign-in";
import { clearChallenge, readChallenge } from "@/lib/flow-state/challenge";
import { answerForm } from "@/lib/flow-state/form-flash";
import { textFields } from "@/lib/forms/form-fields";
import { newPasswordFormErrors } from "@/lib/forms/new-password-form";
import { failure, type FormState } from "@/lib/forms/form-state";
import { newPasswordSchema } from "@/lib/forms/schemas";
import { withNext } from "@/lib/navigation/with-next";

export async function setNewPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  return answerForm("new-password", "/new-password", await setNewPasswordResult(formData));
}

async function setNewPasswordResult(formData: FormData): Promise<FormState> {
  const challenge = await readChallenge();
  if (challenge?.step !== "new-password-required") redirect("/signin?notice=challenge-expired");
  const fields = textFields(formData, ["password", "passwordAgain"]);
  const parsed = newPasswordSchema.safeParse(fields);
  const fieldErrors = newPasswordFormErrors(newPasswordSchema, formData, await getPasswordPolicy());
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
