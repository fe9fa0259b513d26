"use client";

import { useActionState, useCallback } from "react";
import styles from "@/components/auth/auth-form.module.css";
import { FormAlert } from "@/components/auth/form-alert";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { ResendSection } from "@/components/auth/resend-section";
import { SubmitButton } from "@/components/auth/submit-button";
import { EmailedCodeField } from "@/components/auth/code-field";
import { useAuthForm } from "@/components/auth/use-auth-form";
import { firstInvalidField } from "@/components/auth/use-focus-first-error";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { newPasswordChecks } from "@/lib/forms/lazy-checks";
import type { PasswordPolicy } from "@/lib/password-policy/rules";
import { resendRecoveryCode, resetPassword } from "./actions";

const FIELDS = ["code", "password", "passwordAgain"] as const;

interface ResetPasswordFormProps {
  email: string;
  policy: PasswordPolicy;
  resendWaitSeconds: number;
  flash: { reset?: FormState; resend?: FormState };
}

export function ResetPasswordForm({ email, policy, resendWaitSeconds, flash }: ResetPasswordFormProps) {
  const { state, formProps, formRef, dismissErrors } = useAuthForm(resetPassword, {
    initialState: flash.reset,
    checks: newPasswordChecks("resetPassword", policy),
  });
  const [resendState, resendAction] = useActionState(resendRecoveryCode, flash.resend ?? initialFormState);
  const focusField = firstInvalidField(state, FIELDS) ?? (state.status === "idle" ? "code" : undefined);
  const onSent = useCallback(() => {
    dismissErrors();
    formRef.current?.querySelector<HTMLInputElement>('[name="code"]')?.focus();
  }, [dismissErrors, formRef]);
  return (
    <>
      <form {...formProps} className={styles.form}>
        <EmailedCodeField
          defaultValue={state.values?.code}
          errors={state.fieldErrors?.code}
          autoFocus={focusField === "code"}
        />
        <NewPasswordFields policy={policy} state={state} focusField={focusField} username={email} />
        <FormAlert state={state} autoFocus={state.status === "error" && !firstInvalidField(state, FIELDS)} />
        <div className={`${styles.actions} ${styles.actionsEnd}`}>
          <SubmitButton pendingLabel="Resetting…">Reset password</SubmitButton>
        </div>
      </form>
      <ResendSection action={resendAction} state={resendState} waitSeconds={resendWaitSeconds} onSent={onSent} />
    </>
  );
}
