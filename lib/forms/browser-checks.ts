import type { PasswordPolicy } from "../password-policy/rules";
import { newPasswordFormErrors } from "./new-password-form";
import { changePasswordSchema, newPasswordSchema, resetPasswordSchema, signUpSchema } from "./schemas";

const forms = {
  signUp: signUpSchema,
  resetPassword: resetPasswordSchema,
  newPassword: newPasswordSchema,
  changePassword: changePasswordSchema,
};

/**
 * What a form with a new password checks in the browser before posting: the server's own schema
 * and the pool's policy. Imported on the form's first input, so the page itself ships no zod.
 */
export const newPasswordChecks = (form: keyof typeof forms, policy: PasswordPolicy) => (formData: FormData) =>
  newPasswordFormErrors(forms[form], formData, policy);
