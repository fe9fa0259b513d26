"use client";

import { useActionState, useRef } from "react";
import styles from "@/components/auth/auth-form.module.css";
import { FormAlert } from "@/components/auth/form-alert";
import { SubmitButton } from "@/components/auth/submit-button";
import { EmailField } from "@/components/auth/email-field";
import { firstInvalidField, useFocusFirstError } from "@/components/auth/use-focus-first-error";
import { initialFormState } from "@/lib/forms/form-state";
import { sendRecoveryCode } from "./actions";

export function RequestCodeForm({ email, next }: { email: string; next: string }) {
  const [state, formAction] = useActionState(sendRecoveryCode, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const focusField = firstInvalidField(state, ["email"]);
  return (
    <form ref={formRef} action={formAction} className={styles.form} noValidate>
      <input type="hidden" name="next" value={next} />
      <p className={styles.hint}>
        Enter the email you signed up with and we will send you a code to reset your password.
      </p>
      <EmailField
        defaultValue={state.values?.email ?? email}
        errors={state.fieldErrors?.email}
        autoFocus={focusField === "email"}
      />
      <FormAlert state={state} autoFocus={!focusField} />
      <div className={`${styles.actions} ${styles.actionsEnd}`}>
        <SubmitButton pendingLabel="Sending…">Send Recovery Code</SubmitButton>
      </div>
    </form>
  );
}
