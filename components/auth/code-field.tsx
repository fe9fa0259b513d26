import { TextField, type TextFieldProps } from "./text-field";

type CodeFieldProps = Omit<TextFieldProps, "name" | "inputMode" | "autoComplete">;

/** A one-time code: digits on phone keyboards, and the code the phone offers from a message. */
export function CodeField(props: CodeFieldProps) {
  return <TextField name="code" inputMode="numeric" autoComplete="one-time-code" {...props} />;
}

/** The 6-digit code of confirmation and recovery, with room for pasted spaces. */
export function EmailedCodeField(props: Omit<CodeFieldProps, "label" | "maxLength" | "required" | "hint">) {
  return (
    <CodeField label="Code" maxLength={12} required hint="The 6-digit code from the email we sent you." {...props} />
  );
}

export function AuthenticatorCodeField(props: Omit<CodeFieldProps, "label" | "maxLength">) {
  return <CodeField label="Authenticator code" maxLength={7} {...props} />;
}
