"use client";

import { useEffect, useRef, useState } from "react";
import { passwordRules } from "@/lib/password-policy/rules";
import type { PasswordPolicy } from "@/lib/password-policy/rules";
import { PasswordChecklist } from "./password-checklist";
import { TextField, type TextFieldProps } from "./text-field";

interface PasswordFieldProps extends Omit<TextFieldProps, "type" | "autoComplete" | "hint" | "onChange"> {
  policy: PasswordPolicy;
}

/**
 * A new-password input with the pool's rules as a checklist. The server renders every rule
 * unmet (a password is never echoed back); with JavaScript the list follows the typing.
 */
export function PasswordField({ policy, ...props }: PasswordFieldProps) {
  const [password, setPassword] = useState("");
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // React resets the form after each submission; the checklist must follow the emptied input.
    const form = wrapper.current?.closest("form");
    const clear = () => setPassword("");
    form?.addEventListener("reset", clear);
    return () => form?.removeEventListener("reset", clear);
  }, []);
  return (
    <div ref={wrapper}>
      <TextField
        {...props}
        type="password"
        autoComplete="new-password"
        onChange={(event) => setPassword(event.currentTarget.value)}
        hint={<PasswordChecklist rules={passwordRules(password, policy)} typed={password.length > 0} />}
      />
    </div>
  );
}
