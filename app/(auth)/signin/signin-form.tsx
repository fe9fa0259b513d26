"use client";

import Link from "next/link";
import { useActionState, useRef } from "react";
import styles from "@/components/auth/auth-form.module.css";
import { FormAlert } from "@/components/auth/form-alert";
import { SubmitButton } from "@/components/auth/submit-button";
import { EmailField } from "@/components/auth/email-field";
import { TextField } from "@/components/auth/text-field";
import { firstInvalidField, useFocusFirstError } from "@/components/auth/use-focus-first-error";
import { initialFormState } from "@/lib/forms/form-state";
import { signIn } from "./actions";

const FIELDS = ["email", "password"] as const;

export function SignInForm({ next, email }: { next: string; email: string }) {
  const [state, formAction] = useActionState(signIn, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const focusField = firstInvalidField(state, FIELDS);
  return (
    <form ref={formRef} action={formAction} className={styles.form} noValidate>
      <input type="hidden" name="next" value={next} />
      <EmailField
        defaultValue={state.values?.email ?? email}
        errors={state.fieldErrors?.email}
        autoFocus={focusField === "email"}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        hint="No password, or rather not type it? Leave this empty to get a code by email or use a passkey."
        errors={state.fieldErrors?.password}
        autoFocus={focusField === "password"}
      />
      <FormAlert state={state} autoFocus={!focusField} />
      <div className={styles.actions}>
        <Link href="/forgot" className={styles.link}>
          Forgot Password?
        </Link>
        <SubmitButton pendingLabel="Signing in…">Sign In</SubmitButton>
      </div>
    </form>
  );
}
