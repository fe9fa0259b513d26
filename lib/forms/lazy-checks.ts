import type { PasswordPolicy } from "../password-policy/rules";
import type { NewPasswordForm } from "./browser-checks";

/**
 * What a form with a new password checks in the browser before posting, imported when the form
 * first needs it, so the page itself ships no zod.
 */
export const newPasswordChecks = (form: NewPasswordForm, policy: PasswordPolicy) => () =>
  import("./browser-checks").then(({ checksFor }) => checksFor(form, policy));
