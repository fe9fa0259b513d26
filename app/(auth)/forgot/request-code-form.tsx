"use client";

import styles from "@/components/auth/auth-form.module.css";
import { EmailField } from "@/components/auth/email-field";
import { FormAlert } from "@/components/auth/form-alert";
import { SubmitButton } from "@/components/auth/submit-button";
import { useAuthForm } from "@/components/auth/use-auth-form";
import { firstInvalidField } from "@/components/auth/use-focus-first-error";
import type { FormState } from "@/lib/forms/form-state";
import { sendRecoveryCode } from "./actions";

interface RequestCodeFormProps {
  email: string;
  next: string;
  initialState: FormState | undefined;
}

export function RequestCodeForm({ email, next, initialState }: RequestCodeFormProps) {
  const { state, formProps } = useAuthForm(sendRecoveryCode, { initialState });
  const focusField = firstInvalidField(state, ["email"]);
  return (
    <form {...formProps} className={styles.form}>
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
        <SubmitButton pendingLabel="Sending…">Email me a code</SubmitButton>
      </div>
    </form>
  );
}
