"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import styles from "./auth-form.module.css";

interface ChoiceButtonProps {
  children: ReactNode;
  pendingLabel: string;
  value: string;
  variant?: "primary" | "secondary";
}

/** One of several submit buttons of a form (name="choice"): only the one pressed says it is busy. */
export function ChoiceButton({ children, pendingLabel, value, variant = "secondary" }: ChoiceButtonProps) {
  const { pending, data } = useFormStatus();
  return (
    <button
      type="submit"
      name="choice"
      value={value}
      className={variant === "primary" ? styles.primary : styles.secondary}
      disabled={pending}
      aria-disabled={pending}
    >
      {pending && data?.get("choice") === value ? pendingLabel : children}
    </button>
  );
}
