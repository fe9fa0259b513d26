"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signInWithPassword, toAuthError } from "@/lib/cognito";
import { textFields } from "@/lib/forms/form-fields";
import type { FormState } from "@/lib/forms/form-state";
import { currentPasswordField, emailField, fieldErrorsOf } from "@/lib/forms/schemas";
import { safeNextPath } from "@/lib/safe-redirect";
import { saveSession } from "@/lib/session/cookie-store";
import { sessionFromAuthTokens } from "@/lib/session/establish";

const signInSchema = z.object({ email: emailField, password: currentPasswordField });

const NEW_PASSWORD_REQUIRED =
  "This account was created with a temporary password and needs a new one before you can sign in.";
const SESSION_NOT_SAVED = "We could not start your session. Please try again.";

export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const fields = textFields(formData, ["email", "password", "next"]);
  const values = { email: fields.email };
  const parsed = signInSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const next = safeNextPath(fields.next);
  const { email, password } = parsed.data;
  let destination: string;
  try {
    const result = await signInWithPassword(email, password);
    if (result.kind === "new-password-required") return { status: "error", message: NEW_PASSWORD_REQUIRED, values };
    const session = await sessionFromAuthTokens(result.tokens);
    if (!session || !(await saveSession(session))) return { status: "error", message: SESSION_NOT_SAVED, values };
    destination = next;
  } catch (error) {
    const authError = toAuthError(error);
    if (authError.code !== "user-not-confirmed") return { status: "error", message: authError.message, values };
    destination = `/confirm?${new URLSearchParams({ email, next })}`;
  }
  redirect(destination);
}
