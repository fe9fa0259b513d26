"use client";

import { useActionState, useRef } from "react";
import styles from "@/components/auth/auth-form.module.css";
import { FormAlert } from "@/components/auth/form-alert";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { SubmitButton } from "@/components/auth/submit-button";
import { TextField } from "@/components/auth/text-field";
import { firstInvalidField, useFocusFirstError } from "@/components/auth/use-focus-first-error";
import type { PasswordPolicy } from "@/lib/password-policy/rules";
import { initialFormState } from "@/lib/forms/form-state";
import { resendRecoveryCode, resetPassword } from "./actions";

const FIELDS = ["code", "password", "passwordAgain"] as const;

export function ResetPasswordForm({ policy }: { policy: PasswordPolicy }) {
  const [state, formAction] = useActionState(resetPassword, initialFormState);
  const [resendState, resendAction] = useActionState(resendRecoveryCode, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const focusField = firstInvalidField(state, FIELDS);
  return (
    <>
      <form ref={formRef} action={formAction} className={styles.form} noValidate>
        <TextField
          name="code"
          label="Reset Password Code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={12}
          required
          errors={state.fieldErrors?.code}
          autoFocus={focusField === "code"}
        />
        <NewPasswordFields policy={policy} state={state} focusField={focusField} />
        <FormAlert state={state} autoFocus={!focusField} />
        <div className={`${styles.actions} ${styles.actionsEnd}`}>
          <SubmitButton pendingLabel="Resetting…">Reset Password</SubmitButton>
        </div>
      </form>
      <form action={resendAction} className={styles.inlineForm}>
        <p role="status">{resendState.status === "success" ? resendState.message : ""}</p>
        {resendState.status === "error" && (
          <p role="alert" className={styles.alert}>
            {resendState.message}
          </p>
        )}
        <SubmitButton variant="secondary" pendingLabel="Sending…">
          Send a new code
        </SubmitButton>
      </form>
    </>
  );
}
