"use client";

import { useActionState, useRef } from "react";
import styles from "@/components/auth/auth-form.module.css";
import { FormAlert } from "@/components/auth/form-alert";
import { SubmitButton } from "@/components/auth/submit-button";
import { AuthenticatorCodeField } from "@/components/auth/code-field";
import { TextField } from "@/components/auth/text-field";
import { firstInvalidField, useFocusFirstError } from "@/components/auth/use-focus-first-error";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

const FIELDS = ["code", "deviceName"] as const;

interface AuthenticatorCodeFormProps {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  /** Set-up asks for a name for the app; sign-in does not. */
  askForDeviceName?: boolean;
}

export function AuthenticatorCodeForm({ action, submitLabel, askForDeviceName = false }: AuthenticatorCodeFormProps) {
  const [state, formAction] = useActionState(action, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const focusField = firstInvalidField(state, FIELDS) ?? "code";
  return (
    <form ref={formRef} action={formAction} className={styles.form} noValidate>
      <AuthenticatorCodeField
        required
        hint="The 6-digit code your authenticator app shows for Cruddur."
        errors={state.fieldErrors?.code}
        autoFocus={focusField === "code"}
      />
      {askForDeviceName && (
        <TextField
          name="deviceName"
          label="Device name (optional)"
          autoComplete="off"
          maxLength={40}
          hint="So you can tell your authenticators apart, like “Pixel 8”."
          defaultValue={state.values?.deviceName}
          errors={state.fieldErrors?.deviceName}
          autoFocus={focusField === "deviceName"}
        />
      )}
      <FormAlert state={state} />
      <div className={`${styles.actions} ${styles.actionsEnd}`}>
        <SubmitButton pendingLabel="Checking…">{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
