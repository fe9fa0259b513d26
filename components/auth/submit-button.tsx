"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import styles from "./auth-form.module.css";

interface SubmitButtonProps {
  children: ReactNode;
  pendingLabel: string;
  variant?: "primary" | "secondary";
  name?: string;
  value?: string;
}

export function SubmitButton({ children, pendingLabel, variant = "primary", name, value }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={variant === "primary" ? styles.primary : styles.secondary}
      disabled={pending}
      aria-disabled={pending}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
