import { TextField, type TextFieldProps } from "./text-field";

/** The "Email" field every auth form starts with: the account's name at Cognito. */
export function EmailField(props: Omit<TextFieldProps, "name" | "label" | "type" | "autoComplete" | "required">) {
  return <TextField name="email" label="Email" type="email" autoComplete="email" required {...props} />;
}
