import type { InputHTMLAttributes, ReactNode } from "react";
import styles from "./auth-form.module.css";

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "aria-invalid" | "aria-describedby">;

export interface TextFieldProps extends InputProps {
  name: string;
  label: string;
  errors?: string[];
  hint?: ReactNode;
  /** Invalid without an error line of its own, when the hint itself shows what is missing. */
  invalid?: boolean;
  /** Another element that explains this field, such as the form's alert about it. */
  describedBy?: string;
  /** A control inside the input's box, such as the show-password button. */
  adornment?: ReactNode;
}

export function TextField(props: TextFieldProps) {
  const { name, label, errors, hint, invalid, describedBy, adornment, id = name, className, ...inputProps } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-errors`;
  const hasErrors = (errors?.length ?? 0) > 0;
  const describedByIds = [hasErrors ? errorId : null, hint ? hintId : null, describedBy].filter(Boolean).join(" ");
  const input = (
    <input
      {...inputProps}
      id={id}
      name={name}
      className={className ? `${styles.input} ${className}` : styles.input}
      aria-invalid={hasErrors || invalid || undefined}
      aria-describedby={describedByIds || undefined}
    />
  );
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {adornment ? (
        <div className={styles.inputRow}>
          {input}
          {adornment}
        </div>
      ) : (
        input
      )}
      <div id={errorId} className={styles.errors} aria-live="polite">
        {hasErrors && (
          <ul>
            {errors?.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        )}
      </div>
      {hint && (
        <div id={hintId} className={styles.hint}>
          {hint}
        </div>
      )}
    </div>
  );
}
