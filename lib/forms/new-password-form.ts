import type { z } from "zod";
import type { PasswordPolicy } from "../password-policy/rules";
import { textFields } from "./form-fields";
import type { FieldErrors } from "./form-state";
import { passwordChecks, withoutEmpty } from "./password-checks";
import { fieldErrorsOf } from "./schemas";

/**
 * What a form with a new password is refused for before Cognito is asked: its schema, then the
 * pool's password policy and, with a second field, the match.
 */
export function newPasswordFormErrors(schema: z.ZodObject, formData: unknown, policy: PasswordPolicy): FieldErrors {
  const fields = textFields(formData, Object.keys(schema.shape));
  const parsed = schema.safeParse(fields);
  const policyErrors = passwordChecks(formData, policy, { confirmed: "passwordAgain" in fields });
  return withoutEmpty({ ...policyErrors, ...(parsed.success ? {} : fieldErrorsOf(parsed.error)) });
}
