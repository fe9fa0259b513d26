import type { ReactNode } from "react";
import type { FormState } from "@/lib/forms/form-state";
import styles from "./auth-form.module.css";

interface FormAlertProps {
  state: FormState;
  autoFocus?: boolean;
  /** For the field the message is about, to be described by it. */
  id?: string;
  /** The next step to offer with the message (a sign-in link, a resend button). */
  children?: ReactNode;
}

export function FormAlert({ state, autoFocus, id, children }: FormAlertProps) {
  const message = state.status === "error" ? state.message : undefined;
  return (
    <div
      id={id}
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
