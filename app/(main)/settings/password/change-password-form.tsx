"use client";

import { FormAlert } from "@/components/auth/form-alert";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { PasswordField } from "@/components/auth/password-field";
import { SubmitButton } from "@/components/auth/submit-button";
import { AuthenticatorCodeField } from "@/components/auth/code-field";
import { useAuthForm } from "@/components/auth/use-auth-form";
import { firstInvalidField } from "@/components/auth/use-focus-first-error";
import type { FormState } from "@/lib/forms/form-state";
import { newPasswordChecks } from "@/lib/forms/lazy-checks";
import type { PasswordPolicy } from "@/lib/password-policy/rules";
import styles from "../settings.module.css";
import { changePasswordAction } from "./actions";

const FIELDS = ["current", "password", "passwordAgain"] as const;

interface ChangePasswordFormProps {
  email: string;
  policy: PasswordPolicy;
  askForCode: boolean;
  initialState: FormState | undefined;
}

export function ChangePasswordForm({ email, policy, askForCode, initialState }: ChangePasswordFormProps) {
  const { state, formProps } = useAuthForm(changePasswordAction, {
    initialState,
    checks: newPasswordChecks("changePassword", policy),
  });
  const focusField = firstInvalidField(state, FIELDS);
  return (
    <form {...formProps} className={styles.form}>
      <p className={styles.muted}>Changing your password signs you out on every other device.</p>
      <PasswordField
        name="current"
        label="Current password"
        required
        errors={state.fieldErrors?.current}
        autoFocus={focusField === "current"}
      />
      <NewPasswordFields policy={policy} state={state} focusField={focusField} username={email} />
      {askForCode && (
        <AuthenticatorCodeField hint="The 6-digit code from your authenticator app, to keep you signed in on this device." />
      )}
      <FormAlert state={state} autoFocus={!focusField} />
      <div>
        <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
      </div>
    </form>
  );
}
