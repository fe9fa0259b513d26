"use client";

import { useActionState, useRef } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { SubmitButton } from "@/components/auth/submit-button";
import { AuthenticatorCodeField } from "@/components/auth/code-field";
import { TextField } from "@/components/auth/text-field";
import { firstInvalidField, useFocusFirstError } from "@/components/auth/use-focus-first-error";
import { initialFormState } from "@/lib/forms/form-state";
import styles from "../settings.module.css";
import { confirmItsYou } from "./actions";

const FIELDS = ["password", "code"] as const;

export function ConfirmForm({ then, email, askForCode }: { then: string; email: string; askForCode: boolean }) {
  const [state, formAction] = useActionState(confirmItsYou, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const focusField = firstInvalidField(state, FIELDS) ?? "password";
  return (
    <form ref={formRef} action={formAction} className={styles.form} noValidate>
      <input type="hidden" name="then" value={then} />
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.password}
        autoFocus={focusField === "password"}
      />
      {askForCode && (
        <AuthenticatorCodeField
          required
          hint="The 6-digit code from your authenticator app."
          errors={state.fieldErrors?.code}
          autoFocus={focusField === "code"}
        />
      )}
      <FormAlert state={state} />
      <div>
        <SubmitButton pendingLabel="Checking…">Confirm</SubmitButton>
      </div>
    </form>
  );
}
