"use client";

import { useActionState, useRef } from "react";
import styles from "@/components/auth/auth-form.module.css";
import { FormAlert } from "@/components/auth/form-alert";
import { SubmitButton } from "@/components/auth/submit-button";
import { CodeField } from "@/components/auth/code-field";
import { firstInvalidField, useFocusFirstError } from "@/components/auth/use-focus-first-error";
import { RESEND_COOLDOWN_SECONDS } from "@/lib/flow-state/cooldown";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { useCountdown } from "@/components/auth/use-countdown";
import { resendEmailCode, signInWithEmailCode } from "./actions";

export function EmailCodeForm() {
  const [state, formAction] = useActionState(signInWithEmailCode, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const focusField = firstInvalidField(state, ["code"]);
  return (
    <form ref={formRef} action={formAction} className={styles.form} noValidate>
      <CodeField
        label="Sign-in code"
        maxLength={12}
        required
        autoFocus={focusField === "code" || state.status === "idle"}
        hint="The 8-digit code from the email. It works for 3 minutes."
        errors={state.fieldErrors?.code}
      />
      <FormAlert state={state} autoFocus={!focusField} />
      <div className={`${styles.actions} ${styles.actionsEnd}`}>
        <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
      </div>
    </form>
  );
}

export function ResendCodeForm({ waitSeconds }: { waitSeconds: number }) {
  const [state, formAction] = useActionState(resendEmailCode, initialFormState);
  const justSent = state.status === "success";
  const wait = useCountdown(justSent ? Math.max(waitSeconds, RESEND_COOLDOWN_SECONDS) : waitSeconds, state);
  return (
    <form action={formAction} className={styles.resend}>
      <p role="status">{justSent ? state.message : ""}</p>
      {wait > 0 ? (
        <p className={styles.hint}>
          You can ask for another code in {wait} {wait === 1 ? "second" : "seconds"}.
        </p>
      ) : (
        <SubmitButton variant="secondary" pendingLabel="Sending…">
          Email me a new code
        </SubmitButton>
      )}
      <ResendProblem state={state} />
    </form>
  );
}

function ResendProblem({ state }: { state: FormState }) {
  if (state.status !== "error") return null;
  return (
    <p role="alert" className={styles.alert}>
      {state.message}
    </p>
  );
}
