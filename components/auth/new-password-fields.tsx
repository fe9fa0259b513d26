import type { PasswordPolicy } from "@/lib/password-policy/rules";
import type { FormState } from "@/lib/forms/form-state";
import { PasswordField } from "./password-field";

interface NewPasswordFieldsProps {
  policy: PasswordPolicy;
  state: FormState;
  focusField: string | undefined;
  /** The account's email, for password managers to save the new password under. */
  username?: string;
}

export function NewPasswordFields({ policy, state, focusField, username }: NewPasswordFieldsProps) {
  return (
    <>
      {username !== undefined && (
        <input type="email" name="username" autoComplete="username" value={username} readOnly hidden />
      )}
      <PasswordField
        name="password"
        label="New password"
        policy={policy}
        required
        errors={state.fieldErrors?.password}
        autoFocus={focusField === "password"}
      />
      <PasswordField
        name="passwordAgain"
        label="Confirm new password"
        autoComplete="new-password"
        required
        errors={state.fieldErrors?.passwordAgain}
        autoFocus={focusField === "passwordAgain"}
      />
    </>
  );
}
