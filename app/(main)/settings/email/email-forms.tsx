"use client";

import { useActionState, useRef } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { FormNotice } from "@/components/auth/form-notice";
import { SubmitButton } from "@/components/auth/submit-button";
import { CodeField } from "@/components/auth/code-field";
import { TextField } from "@/components/auth/text-field";
import { useFocusFirstError } from "@/components/auth/use-focus-first-error";
import { initialFormState } from "@/lib/forms/form-state";
import styles from "../settings.module.css";
import { requestEmailChangeAction, resendEmailCodeAction, verifyEmailChangeAction } from "./actions";

export function NewEmailForm({ label }: { label: string }) {
  const [state, formAction] = useActionState(requestEmailChangeAction, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  return (
    <form ref={formRef} action={formAction} className={styles.form} noValidate>
      <TextField
        name="email"
        label="New email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
        hint="We'll send a 6-digit code there. Your current address stays in use until you enter it."
      />
      <FormAlert state={state} />
      <div>
        <SubmitButton pendingLabel="Sending…">{label}</SubmitButton>
      </div>
    </form>
  );
}

export function VerifyEmailForm() {
  const [state, formAction] = useActionState(verifyEmailChangeAction, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  return (
    <form ref={formRef} action={formAction} className={styles.form} noValidate>
      <CodeField label="Verification code" maxLength={7} required autoFocus errors={state.fieldErrors?.code} />
      <FormAlert state={state} />
      <div>
        <SubmitButton pendingLabel="Checking…">Confirm new email</SubmitButton>
      </div>
    </form>
  );
}

export function ResendEmailCodeForm() {
  const [state, formAction] = useActionState(resendEmailCodeAction, initialFormState);
  return (
    <form action={formAction} className={styles.form}>
      <FormNotice message={state.status === "success" ? state.message : undefined} />
      <FormAlert state={state} />
      <div>
        <SubmitButton variant="secondary" pendingLabel="Sending…">
          Send the Code Again
        </SubmitButton>
      </div>
    </form>
  );
}
