"use server";

import { redirect } from "next/navigation";
import { restartAfterPasswordChange } from "@/lib/auth/after-password-change";
import { verifySession } from "@/lib/auth/dal";
import { changePassword } from "@/lib/cognito/account";
import { attempt } from "@/lib/cognito/attempt";
import { AuthError } from "@/lib/cognito/errors";
import { getPasswordPolicy } from "@/lib/cognito/password-policy";
import { answerForm } from "@/lib/flow-state/form-flash";
import { textFields } from "@/lib/forms/form-fields";
import { newPasswordFormErrors } from "@/lib/forms/new-password-form";
import { failure, type FormState } from "@/lib/forms/form-state";
import { changePasswordSchema } from "@/lib/forms/schemas";
import { authRateLimit } from "@/lib/auth/rate-limits";

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return answerForm("change-password", "/settings", await changePasswordActionResult(formData));
}

async function changePasswordActionResult(formData: FormData): Promise<FormState> {
  const session = await verifySession();
  if (!session) redirect("/signin?next=%2Fsettings");
  const fields = textFields(formData, ["current", "password", "passwordAgain", "code"]);
  const parsed = changePasswordSchema.safeParse(fields);
  const fieldErrors = newPasswordFormErrors(changePasswordSchema, formData, await getPasswordPolicy());
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { status: "error", fieldErrors };
  const { email } = session.user;
  if (await authRateLimit.failuresSpent("sign-in", email)) return failure(new AuthError("locked-out"));
  const { current, password } = parsed.data;
  const changed = await attempt(() => changePassword(session.accessToken, current, password));
  if (!changed.ok) {
    const { code, message } = changed.error;
    if (code === "invalid-credentials") {
      await authRateLimit.recordFailure("sign-in", email);
      return { status: "error", fieldErrors: { current: ["That is not your current password."] } };
    }
    if (code === "invalid-password") return { status: "error", fieldErrors: { password: [message] } };
    return failure(changed.error);
  }
  const stayedSignedIn = await restartAfterPasswordChange(session, password, fields.code.replace(/\s+/g, ""));
  redirect(`/settings?notice=${stayedSignedIn ? "password-changed" : "password-changed-sign-in-again"}`);
}
