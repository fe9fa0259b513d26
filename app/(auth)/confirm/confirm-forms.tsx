"use client";

import { useActionState, useRef, useState } from "react";
import { AuthCard } from "@/components/auth/auth-card";
import styles from "@/components/auth/auth-form.module.css";
import { FormAlert } from "@/components/auth/form-alert";
import { SubmitButton } from "@/components/auth/submit-button";
import { EmailField } from "@/components/auth/email-field";
import { TextField } from "@/components/auth/text-field";
import { firstInvalidField, useFocusFirstError } from "@/components/auth/use-focus-first-error";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { confirmEmail, resendCode } from "./actions";
import { RESEND_FORM_ID, ResendSection } from "./resend-section";

const FIELDS = ["email", "code"] as const;
const OFFER_RESEND = new Set<string>(["expired-code", "too-many-failed-attempts"]);

interface ConfirmFormsProps {
  email: string;
  next: string;
  resendWaitSeconds: number;
}

export function ConfirmForms({ email, next, resendWaitSeconds }: ConfirmFormsProps) {
  const [state, confirmAction] = useActionState(confirmEmail, initialFormState);
  const [resendState, resendAction] = useActionState(resendCode, initialFormState);
  const [typedEmail, setTypedEmail] = useState<string>();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const focusField = firstInvalidField(state, FIELDS);
  const shownEmail = state.values?.email ?? email;
  return (
    <>
      <AuthCard title="Confirm your Email">
        <form ref={formRef} action={confirmAction} className={styles.form} noValidate>
          <input type="hidden" name="next" value={next} />
          <EmailField
            defaultValue={shownEmail}
            onChange={(event) => setTypedEmail(event.currentTarget.value)}
            errors={state.fieldErrors?.email}
            autoFocus={focusField === "email"}
          />
          <TextField
            name="code"
            label="Confirmation Code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={12}
            required
            hint="The 6-digit code from the email we sent you."
            errors={state.fieldErrors?.code}
            autoFocus={focusField === "code"}
          />
          <FormAlert state={state} autoFocus={!focusField}>
            <OfferResend state={state} />
          </FormAlert>
          <div className={`${styles.actions} ${styles.actionsEnd}`}>
            <SubmitButton pendingLabel="Confirming…">Confirm Email</SubmitButton>
          </div>
        </form>
      </AuthCard>
      <ResendSection
        action={resendAction}
        state={resendState}
        email={typedEmail ?? shownEmail}
        waitSeconds={resendWaitSeconds}
      />
    </>
  );
}

function OfferResend({ state }: { state: FormState }) {
  if (!OFFER_RESEND.has(state.reason ?? "")) return null;
  return (
    <p className={styles.alertLinks}>
      <button type="submit" form={RESEND_FORM_ID}>
        Send a new code
      </button>
    </p>
  );
}
