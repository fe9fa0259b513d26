"use server";

import * as z from "zod/mini";
import { textFields } from "@/lib/forms/form-fields";
import { failure, type FormState } from "@/lib/forms/form-state";
import { emailField, fieldErrorsOf } from "@/lib/forms/schemas";
import { safeNextPath } from "@/lib/navigation/safe-redirect";
import { authRateLimit, requestIp } from "@/lib/auth/rate-limits";
import { offerChoices, signInWithPasswordFor } from "./password-sign-in";

/** The password is optional: without one, the person chooses how to sign in on the next page. */
const signInSchema = z.object({
  email: emailField,
  password: z.string().check(z.maxLength(256, "That password is too long.")),
});

export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const fields = textFields(formData, ["email", "password", "next"]);
  const values = { email: fields.email };
  const parsed = signInSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const { email, password } = parsed.data;
  const limit = await authRateLimit.check("sign-in", { ip: await requestIp() });
  if (!limit.ok) return failure(limit, values);
  const attempted = { email, next: safeNextPath(fields.next), values };
  return password ? signInWithPasswordFor(password, attempted) : offerChoices(attempted);
}
