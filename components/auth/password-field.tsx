"use client";

import { useEffect, useRef, useState } from "react";
import { PASSWORD_RULES_UNMET } from "@/lib/password-policy/problems";
import { passwordRules, type PasswordPolicy } from "@/lib/password-policy/rules";
import styles from "./auth-form.module.css";
import { PasswordChecklist } from "./password-checklist";
import { TextField, type TextFieldProps } from "./text-field";
import { useHydrated } from "./use-hydrated";

interface PasswordFieldProps extends Omit<TextFieldProps, "type" | "adornment"> {
  /** A new password: the pool's rules as a checklist that follows the typing. */
  policy?: PasswordPolicy;
}

/** A show-password button once JavaScript runs; after a refused submit the checklist marks what is missing. */
export function PasswordField({ policy, errors, onChange, autoComplete, hint, ...props }: PasswordFieldProps) {
  const [password, setPassword] = useState("");
  const [shown, setShown] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const hydrated = useHydrated();
  const id = props.id ?? props.name;
  useEffect(() => {
    const form = wrapper.current?.closest("form");
    const hide = () => setShown(false);
    const clear = () => setPassword("");
    form?.addEventListener("submit", hide);
    form?.addEventListener("reset", clear);
    return () => {
      form?.removeEventListener("submit", hide);
      form?.removeEventListener("reset", clear);
    };
  }, []);
  const rulesUnmet = errors?.includes(PASSWORD_RULES_UNMET) ?? false;
  const reveal = hydrated && (
    <button
      type="button"
      className={styles.reveal}
      aria-pressed={shown}
      aria-controls={id}
      onClick={() => setShown(!shown)}
    >
      {shown ? "Hide" : "Show"}
      <span className={styles.visuallyHidden}> password</span>
    </button>
  );
  return (
    <div ref={wrapper}>
      <TextField
        {...props}
        type={shown ? "text" : "password"}
        autoComplete={autoComplete ?? (policy ? "new-password" : "current-password")}
        autoCapitalize="none"
        spellCheck={false}
        errors={errors?.filter((error) => error !== PASSWORD_RULES_UNMET)}
        invalid={rulesUnmet}
        onChange={(event) => {
          setPassword(event.currentTarget.value);
          onChange?.(event);
        }}
        adornment={reveal || undefined}
        hint={
          policy ? (
            <PasswordChecklist
              rules={passwordRules(password, policy)}
              typed={password.length > 0}
              missingShown={rulesUnmet}
            />
          ) : (
            hint
          )
        }
      />
    </div>
  );
}
