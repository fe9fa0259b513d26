import { TextField, type TextFieldProps } from "./text-field";

/** The "Email" field every auth form starts with: the account's name at Cognito, and the password managers' username. */
export function EmailField(props: Omit<TextFieldProps, "name" | "label" | "type" | "autoComplete" | "required">) {
  return <TextField name="email" label="Email" type="email" autoComplete="username" required {...props} />;
}
