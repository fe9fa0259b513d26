"use client";

import styles from "@/components/auth/auth-form.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import { RESEND_COOLDOWN_SECONDS } from "@/lib/flow-state/cooldown";
import type { FormState } from "@/lib/forms/form-state";
import { CODE_SENT } from "./texts";
import { useCountdown } from "./use-countdown";

export const RESEND_FORM_ID = "resend-form";

interface ResendSectionProps {
  action: (formData: FormData) => void;
  state: FormState;
  email: string;
  /** Seconds before this browser, or anyone for this email, may ask for another code (the server's cooldown). */
  waitSeconds: number;
}

/** Below the card: the resend button, replaced during the cooldown by what happened and when to retry. */
export function ResendSection({ action, state, email, waitSeconds }: ResendSectionProps) {
  const justSent = state.status === "success";
  const wait = useCountdown(justSent ? Math.max(waitSeconds, RESEND_COOLDOWN_SECONDS) : waitSeconds, state);
  return (
    <form id={RESEND_FORM_ID} action={action} className={styles.resend}>
      <input type="hidden" name="email" value={email} />
      <p role="status">{wait > 0 ? CODE_SENT : ""}</p>
      {wait > 0 ? (
        <p className={styles.hint}>
          You can ask for another code in {wait} {wait === 1 ? "second" : "seconds"}.
        </p>
      ) : (
        <SubmitButton variant="secondary" pendingLabel="Sending…">
          Resend Activation Code
        </SubmitButton>
      )}
      {state.status === "error" && (
        <p role="alert" className={styles.alert}>
          {state.message}
        </p>
      )}
    </form>
  );
}
