import { newPasswordErrors, passwordProblems } from "../password-policy/problems";
import type { PasswordPolicy } from "../password-policy/rules";
import { textFields } from "./form-fields";
import type { FieldErrors } from "./form-state";

export const withoutEmpty = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).filter(([, messages]) => (messages?.length ?? 0) > 0));

/**
 * The pool's password policy and, with a second field, the match. The browser checks these before
 * posting, so a weak password never makes a round trip; without zod, which would add about 30 KB
 * of script to every page with a new password. The server checks them again with the schema.
 */
export function passwordChecks(formData: unknown, policy: PasswordPolicy, { confirmed }: { confirmed: boolean }) {
  const { password, passwordAgain } = textFields(formData, ["password", "passwordAgain"]);
  return withoutEmpty(
    confirmed ? newPasswordErrors(password, passwordAgain, policy) : { password: passwordProblems(password, policy) },
  );
}
