import type { ReactNode } from "react";
import type { FormState } from "@/lib/forms/form-state";
import styles from "./auth-form.module.css";

interface FormAlertProps {
  state: FormState;
  autoFocus?: boolean;
  /** The next step to offer with the message (a sign-in link, a resend button). */
  children?: ReactNode;
}

export function FormAlert({ state, autoFocus, children }: FormAlertProps) {
  const message = state.status === "error" ? state.message : undefined;
  return (
    <div
      role="alert"
      aria-live="assertive"
      tabIndex={-1}
      data-form-alert=""
      autoFocus={Boolean(message) && autoFocus}
      className={message ? styles.alert : styles.alertEmpty}
    >
      {message && <p>{message}</p>}
      {message && children}
    </div>
  );
}
