import type * as z from "zod/mini";
import { newPasswordErrors, passwordProblems } from "../password-policy/problems";
import type { PasswordPolicy } from "../password-policy/rules";
import { textFields } from "./form-fields";
import type { FieldErrors } from "./form-state";
import { fieldErrorsOf } from "./schemas";

/**
 * What a form with a new password is refused for before Cognito is asked: its schema, then the
 * pool's password policy and, with a second field, the match. Pure, so the browser runs it before
 * posting and a weak password never makes a round trip; the server runs it again.
 */
export function newPasswordFormErrors(schema: z.ZodMiniObject, formData: unknown, policy: PasswordPolicy): FieldErrors {
  const fields = textFields(formData, Object.keys(schema.shape));
  const parsed = schema.safeParse(fields);
  const password = fields.password ?? "";
  const policyErrors =
    "passwordAgain" in fields
      ? newPasswordErrors(password, fields.passwordAgain ?? "", policy)
      : { password: passwordProblems(password, policy) };
  const errors = { ...policyErrors, ...(parsed.success ? {} : fieldErrorsOf(parsed.error)) };
  return Object.fromEntries(Object.entries(errors).filter(([, messages]) => (messages?.length ?? 0) > 0));
}
