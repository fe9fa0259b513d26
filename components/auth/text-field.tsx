import type { InputHTMLAttributes, ReactNode } from "react";
import styles from "./auth-form.module.css";

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "aria-invalid" | "aria-describedby">;

export interface TextFieldProps extends InputProps {
  name: string;
  label: string;
  errors?: string[];
  hint?: ReactNode;
}

export function TextField({ name, label, errors, hint, id = name, className, ...inputProps }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-errors`;
  const invalid = (errors?.length ?? 0) > 0;
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        {...inputProps}
        id={id}
        name={name}
        className={className ? `${styles.input} ${className}` : styles.input}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy || undefined}
      />
      {hint && (
        <div id={hintId} className={styles.hint}>
          {hint}
        </div>
      )}
      <div id={errorId} className={styles.errors} aria-live="polite">
        {invalid && (
          <ul>
            {errors?.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
