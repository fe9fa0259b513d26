"use client";

import { useActionState, useRef } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { SubmitButton } from "@/components/auth/submit-button";
import { TextField } from "@/components/auth/text-field";
import { firstInvalidField, useFocusFirstError } from "@/components/auth/use-focus-first-error";
import { initialFormState } from "@/lib/forms/form-state";
import type { PasswordPolicy } from "@/lib/password-policy/rules";
import styles from "../settings.module.css";
import { changePasswordAction } from "./actions";

const FIELDS = ["current", "password", "passwordAgain"] as const;

/** Current password, the new one with the pool's checklist, and the authenticator code when two-factor is on. */
export function ChangePasswordForm({ policy, askForCode }: { policy: PasswordPolicy; askForCode: boolean }) {
  const [state, formAction] = useActionState(changePasswordAction, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const focusField = firstInvalidField(state, FIELDS);
  return (
    <form ref={formRef} action={formAction} className={styles.form} noValidate>
      <p className={styles.muted}>Changing your password signs you out on every other device.</p>
      <TextField
        name="current"
        label="Current Password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.current}
        autoFocus={focusField === "current"}
      />
      <NewPasswordFields policy={policy} state={state} focusField={focusField} />
      {askForCode && (
        <TextField
          name="code"
          label="Authenticator Code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          hint="The 6-digit code from your authenticator app, to keep you signed in on this device."
        />
      )}
      <FormAlert state={state} autoFocus={!focusField} />
      <div>
        <SubmitButton pendingLabel="Changing…">Change Password</SubmitButton>
      </div>
    </form>
  );
}
