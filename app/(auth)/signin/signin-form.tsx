"use client";

import Link from "next/link";
import styles from "@/components/auth/auth-form.module.css";
import { FormAlert } from "@/components/auth/form-alert";
import { SubmitButton } from "@/components/auth/submit-button";
import { EmailField } from "@/components/auth/email-field";
import { PasswordField } from "@/components/auth/password-field";
import { useAuthForm } from "@/components/auth/use-auth-form";
import { firstInvalidField, useFocusFirstError } from "@/components/auth/use-focus-first-error";
import { signIn } from "./actions";

const FIELDS = ["email", "password"] as const;
const ALERT_ID = "signin-alert";

export function SignInForm({ next, email }: { next: string; email: string }) {
  const { state, formRef, formProps } = useAuthForm(signIn);
  const alertAbout = state.reason === "invalid-credentials" ? "password" : undefined;
  useFocusFirstError(formRef, state, alertAbout);
  const focusField = firstInvalidField(state, FIELDS) ?? alertAbout;
  return (
    <form {...formProps} className={styles.form}>
      <input type="hidden" name="next" value={next} />
      <EmailField
        defaultValue={state.values?.email ?? email}
        errors={state.fieldErrors?.email}
        autoFocus={focusField === "email"}
      />
      <PasswordField
        name="password"
        label="Password"
        hint="No password, or rather not type it? Leave this empty to get a code by email or use a passkey."
        errors={state.fieldErrors?.password}
        autoFocus={focusField === "password" || (!focusField && Boolean(email) && state.status === "idle")}
        describedBy={alertAbout === "password" ? ALERT_ID : undefined}
      />
      <FormAlert id={ALERT_ID} state={state} autoFocus={!focusField && !alertAbout} />
      <div className={styles.actions}>
        <Link href="/forgot" className={styles.link}>
          Forgot password?
        </Link>
        <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
      </div>
    </form>
  );
}
