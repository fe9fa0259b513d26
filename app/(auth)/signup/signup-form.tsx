"use client";

import Link from "next/link";
import { useActionState, useRef } from "react";
import styles from "@/components/auth/auth-form.module.css";
import { FormAlert } from "@/components/auth/form-alert";
import { PasswordField } from "@/components/auth/password-field";
import { SubmitButton } from "@/components/auth/submit-button";
import { TextField } from "@/components/auth/text-field";
import { firstInvalidField, useFocusFirstError } from "@/components/auth/use-focus-first-error";
import type { PasswordPolicy } from "@/lib/password-policy/rules";
import { initialFormState } from "@/lib/forms/form-state";
import { withNext } from "@/lib/navigation/with-next";
import { signUp } from "./actions";

const FIELDS = ["name", "email", "handle", "password"] as const;

export function SignUpForm({ next, policy }: { next: string; policy: PasswordPolicy }) {
  const [state, formAction] = useActionState(signUp, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const focusField = firstInvalidField(state, FIELDS);
  const field = (name: (typeof FIELDS)[number]) => ({
    name,
    errors: state.fieldErrors?.[name],
    autoFocus: focusField === name,
    required: true,
  });
  const email = state.values?.email ?? "";
  return (
    <form ref={formRef} action={formAction} className={styles.form} noValidate>
      <input type="hidden" name="next" value={next} />
      <TextField {...field("name")} label="Name" autoComplete="name" defaultValue={state.values?.name} />
      <TextField {...field("email")} label="Email" type="email" autoComplete="email" defaultValue={email} />
      <TextField
        {...field("handle")}
        label="Username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={20}
        hint="3 to 20 letters, digits or underscores, shown as @username. Usernames aren't reserved yet, so someone else may pick the same one."
        defaultValue={state.values?.handle}
      />
      <PasswordField {...field("password")} label="Password" policy={policy} />
      <FormAlert state={state} autoFocus={!focusField}>
        {state.reason === "username-exists" && (
          <p className={styles.alertLinks}>
            <Link href={withNext("/signin", next, { email })}>Sign in</Link>
            <Link href={withNext("/forgot", next, { email })}>Reset your password</Link>
          </p>
        )}
      </FormAlert>
      <div className={`${styles.actions} ${styles.actionsEnd}`}>
        <SubmitButton pendingLabel="Signing up…">Sign Up</SubmitButton>
      </div>
    </form>
  );
}
