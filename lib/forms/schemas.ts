import { z } from "zod";

/** Fields shared by the auth forms; each form's schema is built from these. */
export const emailField = z
  .string()
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.com."))
  .transform((email) => email.toLowerCase());

export const currentPasswordField = z.string().min(1, "Enter your password.").max(256, "That password is too long.");

export function fieldErrorsOf(error: z.ZodError): Partial<Record<string, string[]>> {
  return z.flattenError(error).fieldErrors;
}

const HANDLE_PATTERN = /^[A-Za-z0-9_]{3,20}$/;

export const handleField = z
  .string()
  .trim()
  .min(1, { error: "Choose a username.", abort: true })
  .regex(HANDLE_PATTERN, "Use 3 to 20 letters, digits or underscores.");

const nameField = z.string().trim().min(1, "Enter your name.").max(100, "Keep your name under 100 characters.");

/** The policy itself is checked by passwordProblems once the pool's policy is known. */
const newPasswordField = z.string().min(1, "Choose a password.").max(256, "That password is too long.");

export const codeField = z
  .string()
  .transform((code) => code.replace(/\s+/g, ""))
  .pipe(
    z
      .string()
      .min(1, { error: "Enter the code from the email.", abort: true })
      .regex(/^\d{6}$/, "The code is the 6 digits from the email."),
  );

export const authenticatorCodeField = z
  .string()
  .transform((code) => code.replace(/\s+/g, ""))
  .pipe(
    z
      .string()
      .min(1, { error: "Enter the 6-digit code from your authenticator app.", abort: true })
      .regex(/^\d{6}$/, "The code is the 6 digits your authenticator app shows."),
  );

export const deviceNameField = z
  .string()
  .trim()
  .max(40, "Keep the name under 40 characters.")
  .regex(/^[\p{L}\p{N} '’._-]*$/u, "Use letters, digits, spaces, dots or dashes.");

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
