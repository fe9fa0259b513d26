"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/forms/form-state";
import styles from "./auth-form.module.css";
import { SubmitButton } from "./submit-button";
import { useCountdown } from "./use-countdown";

interface ResendSectionProps {
  action: (formData: FormData) => void;
  state: FormState;
  /** Seconds before another code may be sent, from the server's cooldown when the page was rendered. */
  waitSeconds: number;
  /** After a code was sent: the form clears the code's error and focuses the code field. */
  onSent: () => void;
  children?: React.ReactNode;
}

/**
 * The one "Send a new code" control of confirmation and recovery. While the server would refuse
 * (its cooldown), a countdown stands in for the button; waiting is never shown as an error.
 */
export function ResendSection({ action, state, waitSeconds, onSent, children }: ResendSectionProps) {
  const wait = useCountdown(state.retryAfterSeconds ?? waitSeconds, state);
  const sentFor = useRef<FormState>(undefined);
  useEffect(() => {
    if (state.status !== "success" || sentFor.current === state) return;
    sentFor.current = state;
    onSent();
  }, [state, onSent]);
  return (
    <form action={action} className={styles.resend}>
      {children}
      <p role="status">{state.status === "success" ? state.message : ""}</p>
      {wait > 0 ? (
        <p className={styles.hint}>
          You can ask for another code in {wait} {wait === 1 ? "second" : "seconds"}.
        </p>
      ) : (
        <SubmitButton variant="secondary" pendingLabel="Sending…">
          Send a new code
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
