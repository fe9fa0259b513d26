"use server";

import { redirect } from "next/navigation";
import * as z from "zod/mini";
import { verifySession } from "@/lib/auth/dal";
import { confirmIdentity, markConfirmed, stepUpReturnPath } from "@/lib/auth/step-up";
import { AUTH_ERRORS } from "@/lib/cognito/error-catalogue";
import { textFields } from "@/lib/forms/form-fields";
import { failure, type FormState } from "@/lib/forms/form-state";
import { currentPasswordField, fieldErrorsOf } from "@/lib/forms/schemas";

const confirmSchema = z.object({ password: currentPasswordField });

export async function confirmItsYou(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await verifySession();
  if (!session) redirect("/signin?next=%2Fsettings");
  const fields = textFields(formData, ["password", "code", "then"]);
  const parsed = confirmSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error) };
  const refused = await confirmIdentity(session.user.email, parsed.data.password, fields.code.replace(/\s+/g, ""));
  if (refused?.code === "invalid-credentials")
    return { status: "error", fieldErrors: { password: ["That password is not right."] } };
  if (refused?.code === "totp-mismatch" || refused?.code === "totp-used" || refused?.code === "code-required") {
    return { status: "error", fieldErrors: { code: [refused.message] } };
  }
  if (refused) return failure(refused);
  if (!(await markConfirmed())) return { status: "error", message: AUTH_ERRORS.unknown.message };
  redirect(stepUpReturnPath(fields.then));
}
