import type { PasswordPolicy } from "../password-policy/rules";
import type { NewPasswordForm } from "./browser-checks";

/** The browser's checks of a new-password form, imported on first need so the page ships no zod. */
export const newPasswordChecks = (form: NewPasswordForm, policy: PasswordPolicy) => () =>
  import("./browser-checks").then(({ checksFor }) => checksFor(form, policy));
