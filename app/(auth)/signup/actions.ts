"use server";

import { redirect } from "next/navigation";
import { attempt } from "@/lib/cognito/attempt";
import { getPasswordPolicy } from "@/lib/cognito/password-policy";
import { signUp as registerAccount } from "@/lib/cognito/sign-up";
import { saveSignUpSession } from "@/lib/flow-state/sign-up";
import { answerForm } from "@/lib/flow-state/form-flash";
import { textFields } from "@/lib/forms/form-fields";
import { failure, type FormState } from "@/lib/forms/form-state";
import { newPasswordFormErrors } from "@/lib/forms/new-password-form";
import { signUpSchema } from "@/lib/forms/schemas";
import { withNext } from "@/lib/navigation/with-next";
import { authRateLimit, requestIp, spendEmail } from "@/lib/auth/rate-limits";

export async function signUp(_previous: FormState, formData: FormData): Promise<FormState> {
  return answerForm("signup", withNext("/signup", textFields(formData, ["next"]).next), await signUpResult(formData));
}

async function signUpResult(formData: FormData): Promise<FormState> {
  const fields = textFields(formData, ["name", "email", "handle", "password", "next"]);
  const values = { name: fields.name, email: fields.email, handle: fields.handle };
  const fieldErrors = newPasswordFormErrors(signUpSchema, formData, await getPasswordPolicy());
  const parsed = signUpSchema.safeParse(fields);
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { status: "error", fieldErrors, values };
  const limit = await authRateLimit.check("sign-up", { ip: await requestIp(), account: parsed.data.email });
  if (!limit.ok) return failure(limit, values);
  const budget = await spendEmail();
  if (!budget.ok) return failure(budget, values);
  const result = await attempt(() => registerAccount(parsed.data));
  if (!result.ok) {
    const { code, message } = result.error;
    if (code === "invalid-password") return { status: "error", fieldErrors: { password: [message] }, values };
    return failure(result.error, values);
  }
  if (result.value.session) await saveSignUpSession(parsed.data.email, result.value.session);
  redirect(withNext("/confirm", fields.next, { email: parsed.data.email, sent: "sign-up" }));
}
