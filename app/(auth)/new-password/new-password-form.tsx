"use client";

import { useActionState, useRef } from "react";
import styles from "@/components/auth/auth-form.module.css";
import { FormAlert } from "@/components/auth/form-alert";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { SubmitButton } from "@/components/auth/submit-button";
import { firstInvalidField, useFocusFirstError } from "@/components/auth/use-focus-first-error";
import type { PasswordPolicy } from "@/lib/password-policy/rules";
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
      <NewPasswordFields policy={policy} state={state} focusField={focusField} />
      <FormAlert state={state} autoFocus={!focusField} />
      <div className={`${styles.actions} ${styles.actionsEnd}`}>
        <SubmitButton pendingLabel="Saving…">Set Password</SubmitButton>
      </div>
    </form>
  );
}
