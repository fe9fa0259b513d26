"use client";

import Link from "next/link";
import styles from "@/components/auth/auth-form.module.css";
import { EmailField } from "@/components/auth/email-field";
import { FormAlert } from "@/components/auth/form-alert";
import { PasswordField } from "@/components/auth/password-field";
import { SubmitButton } from "@/components/auth/submit-button";
import { TextField } from "@/components/auth/text-field";
import { useAuthForm } from "@/components/auth/use-auth-form";
import { firstInvalidField } from "@/components/auth/use-focus-first-error";
import type { FormState } from "@/lib/forms/form-state";
import { withNext } from "@/lib/navigation/with-next";
import { newPasswordChecks } from "@/lib/forms/lazy-checks";
import type { PasswordPolicy } from "@/lib/password-policy/rules";
import { signUp } from "./actions";

const FIELDS = ["name", "email", "handle", "password"] as const;

interface SignUpFormProps {
  next: string;
  policy: PasswordPolicy;
  initialState?: FormState;
}

export function SignUpForm({ next, policy, initialState }: SignUpFormProps) {
  const { state, formProps } = useAuthForm(signUp, {
    initialState,
    checks: newPasswordChecks("signUp", policy),
  });
  const focusField = firstInvalidField(state, FIELDS);
  const field = (name: (typeof FIELDS)[number]) => ({
    name,
    errors: state.fieldErrors?.[name],
    autoFocus: focusField === name,
    required: true,
  });
  const email = state.values?.email ?? "";
  return (
    <form {...formProps} className={styles.form}>
      <input type="hidden" name="next" value={next} />
      <TextField {...field("name")} label="Name" autoComplete="name" defaultValue={state.values?.name} />
      <EmailField errors={state.fieldErrors?.email} autoFocus={focusField === "email"} defaultValue={email} />
      <TextField
        {...field("handle")}
        label="Username"
        autoComplete="nickname"
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
        <SubmitButton pendingLabel="Signing up…">Sign up</SubmitButton>
      </div>
    </form>
  );
}
