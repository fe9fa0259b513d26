"use client";

import { useActionState, useRef } from "react";
import styles from "@/components/auth/auth-form.module.css";
import { FormAlert } from "@/components/auth/form-alert";
import { PasswordField } from "@/components/auth/password-field";
import { SubmitButton } from "@/components/auth/submit-button";
import { TextField } from "@/components/auth/text-field";
import { firstInvalidField, useFocusFirstError } from "@/components/auth/use-focus-first-error";
import type { PasswordPolicy } from "@/lib/cognito/types";
import { initialFormState } from "@/lib/forms/form-state";
import { setNewPassword } from "./actions";

const FIELDS = ["password", "passwordAgain"] as const;

export function NewPasswordForm({ policy }: { policy: PasswordPolicy }) {
  const [state, formAction] = useActionState(setNewPassword, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const focusField = firstInvalidField(state, FIELDS);
  return (
    <form ref={formRef} action={formAction} className={styles.form} noValidate>
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
      <FormAlert state={state} autoFocus={!focusField} />
      <div className={`${styles.actions} ${styles.actionsEnd}`}>
        <SubmitButton pendingLabel="Saving…">Set Password</SubmitButton>
      </div>
    </form>
  );
}
