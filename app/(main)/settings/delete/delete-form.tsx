"use client";

import { useActionState, useRef } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { SubmitButton } from "@/components/auth/submit-button";
import { TextField } from "@/components/auth/text-field";
import { useFocusFirstError } from "@/components/auth/use-focus-first-error";
import { initialFormState } from "@/lib/forms/form-state";
import styles from "../settings.module.css";
import { deleteAccountAction } from "./actions";

export function DeleteAccountForm({ email }: { email: string }) {
  const [state, formAction] = useActionState(deleteAccountAction, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  return (
    <form ref={formRef} action={formAction} className={styles.form} noValidate>
      <TextField
        name="email"
        label="Type your email address to confirm"
        type="email"
        autoComplete="off"
        spellCheck={false}
        required
        hint={
          <>
            Your account&apos;s address is <strong>{email}</strong>.
          </>
        }
        errors={state.fieldErrors?.email}
      />
      <FormAlert state={state} />
      <div>
        <SubmitButton pendingLabel="Deleting…">Delete my account</SubmitButton>
      </div>
    </form>
  );
}
