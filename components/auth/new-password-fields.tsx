import type { PasswordPolicy } from "@/lib/password-policy/rules";
import type { FormState } from "@/lib/forms/form-state";
import { PasswordField } from "./password-field";
import { TextField } from "./text-field";

interface NewPasswordFieldsProps {
  policy: PasswordPolicy;
  state: FormState;
  focusField: string | undefined;
}

/** "New Password" with the live rule checklist, and "New Password Again": recovery and the forced change share them. */
export function NewPasswordFields({ policy, state, focusField }: NewPasswordFieldsProps) {
  return (
    <>
      <PasswordField
        name="password"
        label="New Password"
        policy={policy}
        required
        errors={state.fieldErrors?.password}
        autoFocus={focusField === "password"}
      />
      <TextField
        name="passwordAgain"
        label="New Password Again"
        type="password"
        autoComplete="new-password"
        required
        errors={state.fieldErrors?.passwordAgain}
        autoFocus={focusField === "passwordAgain"}
      />
    </>
  );
}
