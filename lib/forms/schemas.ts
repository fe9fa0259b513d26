import * as z from "zod/mini";

// These schemas also run in the browser (lib/forms/lazy-checks.ts loads them when a form first
// needs them), whose CSP forbids eval: zod must not even probe for it.
z.config({ jitless: true });

const withoutSpaces = z.overwrite((code: string) => code.replace(/\s+/g, ""));

/** Fields shared by the auth forms; each form's schema is built from these. */
export const emailField = z.pipe(
  z
    .string()
    .check(z.trim(), z.minLength(1, "Enter your email address."), z.maxLength(254, "That email address is too long.")),
  z.email("Enter a valid email address, like name@example.com.").check(z.toLowerCase()),
);

export const currentPasswordField = z
  .string()
  .check(z.minLength(1, "Enter your password."), z.maxLength(256, "That password is too long."));

export function fieldErrorsOf(error: z.core.$ZodError): Partial<Record<string, string[]>> {
  return z.flattenError(error).fieldErrors;
}

const HANDLE_PATTERN = /^[A-Za-z0-9_]{3,20}$/;

export const handleField = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, { error: "Choose a username.", abort: true }),
    z.regex(HANDLE_PATTERN, "Use 3 to 20 letters, digits or underscores."),
  );

const nameField = z
  .string()
  .check(z.trim(), z.minLength(1, "Enter your name."), z.maxLength(100, "Keep your name under 100 characters."));

/** The policy itself is checked by passwordProblems once the pool's policy is known. */
const newPasswordField = z
  .string()
  .check(z.minLength(1, "Choose a password."), z.maxLength(256, "That password is too long."));

/** A code of `digits` digits, as typed or pasted (spaces dropped). */
export const digitsCodeField = (digits: number, empty: string, wrong: string) =>
  z
    .string()
    .check(
      withoutSpaces,
      z.minLength(1, { error: empty, abort: true }),
      z.regex(new RegExp(`^\\d{${digits}}$`), wrong),
    );

export const codeField = digitsCodeField(
  6,
  "Enter the code from the email.",
  "The code is the 6 digits from the email.",
);

export const authenticatorCodeField = digitsCodeField(
  6,
  "Enter the 6-digit code from your authenticator app.",
  "The code is the 6 digits your authenticator app shows.",
);

export const deviceNameField = z
  .string()
  .check(
    z.trim(),
    z.maxLength(40, "Keep the name under 40 characters."),
    z.regex(/^[\p{L}\p{N} '’._-]*$/u, "Use letters, digits, spaces, dots or dashes."),
  );

export const signUpSchema = z.object({
  name: nameField,
  email: emailField,
  handle: handleField,
  password: newPasswordField,
});
export const resetPasswordSchema = z.object({ code: codeField, password: newPasswordField, passwordAgain: z.string() });
export const newPasswordSchema = z.object({ password: newPasswordField, passwordAgain: z.string() });
export const changePasswordSchema = z.object({
  current: currentPasswordField,
  password: newPasswordField,
  passwordAgain: z.string(),
});
