"use client";

import Link from "next/link";
import { useActionState, useCallback, useState } from "react";
import { AuthCard } from "@/components/auth/auth-card";
import styles from "@/components/auth/auth-form.module.css";
import { EmailField } from "@/components/auth/email-field";
import { FormAlert } from "@/components/auth/form-alert";
import { FormNotice } from "@/components/auth/form-notice";
import { ResendSection } from "@/components/auth/resend-section";
import { SubmitButton } from "@/components/auth/submit-button";
import { EmailedCodeField } from "@/components/auth/code-field";
import { useAuthForm } from "@/components/auth/use-auth-form";
import { firstInvalidField } from "@/components/auth/use-focus-first-error";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { withNext } from "@/lib/navigation/with-next";
import { confirmEmail, resendCode } from "./actions";

const FIELDS = ["email", "code"] as const;

interface ConfirmFormsProps {
  /** The address the code went to, when known: shown as text rather than asked again. */
  email: string;
  next: string;
  notice: string | undefined;
  resendWaitSeconds: number;
  /** What the last post without JavaScript answered. */
  flash: { confirm?: FormState; resend?: FormState };
}

export function ConfirmForms({ email, next, notice, resendWaitSeconds, flash }: ConfirmFormsProps) {
  const { state, formProps, formRef, dismissErrors } = useAuthForm(confirmEmail, { initialState: flash.confirm });
  const [resendState, resendAction] = useActionState(resendCode, flash.resend ?? initialFormState);
  const [typedEmail, setTypedEmail] = useState("");
  const focusField = firstInvalidField(state, FIELDS) ?? (email ? "code" : "email");
  const onSent = useCallback(() => {
    dismissErrors();
    formRef.current?.querySelector<HTMLInputElement>('[name="code"]')?.focus();
  }, [dismissErrors, formRef]);
  return (
    <AuthCard title="Confirm your email">
      <FormNotice message={notice} />
      <form {...formProps} className={styles.form}>
        <input type="hidden" name="next" value={next} />
        {email ? (
          <p className={styles.knownEmail}>
            <span>
              Email: <strong>{email}</strong>
            </span>
            <input type="hidden" name="email" value={email} />
            <Link href={withNext("/confirm", next)} className={styles.link}>
              Use a different email
            </Link>
          </p>
        ) : (
          <EmailField
            defaultValue={state.values?.email}
            onChange={(event) => setTypedEmail(event.currentTarget.value)}
            errors={state.fieldErrors?.email}
            autoFocus={focusField === "email"}
          />
        )}
        <EmailedCodeField
          defaultValue={state.values?.code}
          errors={state.fieldErrors?.code}
          autoFocus={focusField === "code"}
        />
        <FormAlert state={state} autoFocus={state.status === "error" && !firstInvalidField(state, FIELDS)} />
        <div className={`${styles.actions} ${styles.actionsEnd}`}>
          <SubmitButton pendingLabel="Confirming…">Confirm email</SubmitButton>
        </div>
      </form>
      <ResendSection action={resendAction} state={resendState} waitSeconds={resendWaitSeconds} onSent={onSent}>
        <input type="hidden" name="email" value={email || typedEmail || state.values?.email || ""} />
        <input type="hidden" name="next" value={next} />
      </ResendSection>
    </AuthCard>
  );
}
