"use client";

import styles from "@/components/auth/auth-form.module.css";
import { FormAlert } from "@/components/auth/form-alert";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { SubmitButton } from "@/components/auth/submit-button";
import { useAuthForm } from "@/components/auth/use-auth-form";
import { firstInvalidField } from "@/components/auth/use-focus-first-error";
import { newPasswordChecks } from "@/lib/forms/lazy-checks";
import type { PasswordPolicy } from "@/lib/password-policy/rules";
import type { FormState } from "@/lib/forms/form-state";
import { setNewPassword } from "./actions";

const FIELDS = ["password", "passwordAgain"] as const;

interface NewPasswordFormProps {
  email: string;
  policy: PasswordPolicy;
  initialState: FormState | undefined;
}

export function NewPasswordForm({ email, policy, initialState }: NewPasswordFormProps) {
  const { state, formProps } = useAuthForm(setNewPassword, {
    initialState,
    checks: newPasswordChecks("newPassword", policy),
  });
  const focusField = firstInvalidField(state, FIELDS);
  return (
    <form {...formProps} className={styles.form}>
      <NewPasswordFields policy={policy} state={state} focusField={focusField} username={email} />
      <FormAlert state={state} autoFocus={!focusField} />
      <div className={`${styles.actions} ${styles.actionsEnd}`}>
        <SubmitButton pendingLabel="Saving…">Set password</SubmitButton>
      </div>
    </form>
  );
}
