import type { PasswordPolicy } from "../password-policy/rules";
import { newPasswordFormErrors } from "./new-password-form";
import { changePasswordSchema, newPasswordSchema, resetPasswordSchema, signUpSchema } from "./schemas";

const forms = {
  signUp: signUpSchema,
  resetPassword: resetPasswordSchema,
  newPassword: newPasswordSchema,
  changePassword: changePasswordSchema,
};

export type NewPasswordForm = keyof typeof forms;

/** A form with a new password, checked as the server checks it: its schema and the pool's policy. */
export const checksFor = (form: NewPasswordForm, policy: PasswordPolicy) => (formData: FormData) =>
  newPasswordFormErrors(forms[form], formData, policy);
