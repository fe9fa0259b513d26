"use server";

import { redirect } from "next/navigation";
import * as z from "zod/mini";
import { settleEmailChange } from "@/lib/auth/account-changes";
import { emailCode } from "@/lib/auth/code-email";
import { verifySession } from "@/lib/auth/dal";
import { requireRecentConfirmation } from "@/lib/auth/step-up";
import { accountDetails, requestEmailChange, resendEmailCode, verifyNewEmail } from "@/lib/cognito/account";
import { attempt } from "@/lib/cognito/attempt";
import { AuthError } from "@/lib/cognito/errors";
import { pendingEmail } from "@/lib/flow-state/pending-email";
import { textFields } from "@/lib/forms/form-fields";
import { failure, type FormState } from "@/lib/forms/form-state";
import { codeField, emailField, fieldErrorsOf } from "@/lib/forms/schemas";
import { authRateLimit } from "@/lib/auth/rate-limits";

const EMAIL_PAGE = "/settings/email";
const NOTHING_PENDING: FormState = {
  status: "error",
  message: "There is no new email address waiting for a code. Enter the address again to get one.",
};

/** One cooldown for every code an account asks for, whatever address it goes to. */
const codeMailbox = (sub: string) => `account:${sub}`;

async function signedIn() {
  const session = await verifySession();
  if (!session) redirect(`/signin?next=${encodeURIComponent(EMAIL_PAGE)}`);
  return session;
}

const newEmailSchema = z.object({ email: emailField });

export async function requestEmailChangeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await requireRecentConfirmation(EMAIL_PAGE);
  const fields = textFields(formData, ["email"]);
  const values = { email: fields.email };
  const parsed = newEmailSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const { email } = parsed.data;
  if (email === session.user.email.toLowerCase()) {
    return { status: "error", fieldErrors: { email: ["That is already your email address."] }, values };
  }
  const sent = await emailCode(codeMailbox(session.user.sub), () => requestEmailChange(session.accessToken, email));
  if (!sent.ok && sent.code === "email-taken")
    return { status: "error", fieldErrors: { email: [sent.message] }, values };
  if (!sent.ok) return failure(sent, values);
  await pendingEmail.set(session.user.sub, email);
  redirect(EMAIL_PAGE);
}

const codeSchema = z.object({ code: codeField });
const CODE_FIELD_ERRORS = new Set(["code-mismatch", "expired-code"]);

export async function verifyEmailChangeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await signedIn();
  const parsed = codeSchema.safeParse(textFields(formData, ["code"]));
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error) };
  const { sub } = session.user;
  const newEmail = await pendingEmail.get(sub);
  if (!newEmail) return NOTHING_PENDING;
  if (await authRateLimit.failuresSpent("confirmation", codeMailbox(sub)))
    return failure(new AuthError("too-many-failed-attempts"));
  const before = await attempt(() => accountDetails(session.accessToken));
  if (!before.ok) return failure(before.error);
  const verified = await attempt(() => verifyNewEmail(session.accessToken, parsed.data.code));
  if (!verified.ok) {
    const { code, message } = verified.error;
    if (code === "code-mismatch") await authRateLimit.recordFailure("confirmation", codeMailbox(sub));
    if (CODE_FIELD_ERRORS.has(code)) return { status: "error", fieldErrors: { code: [message] } };
    return failure(verified.error);
  }
  await settleEmailChange(session, before.value.email, newEmail);
  redirect("/settings?notice=email-changed");
}

export async function resendEmailCodeAction(_previous: FormState): Promise<FormState> {
  const session = await signedIn();
  const newEmail = await pendingEmail.get(session.user.sub);
  if (!newEmail) return NOTHING_PENDING;
  const sent = await emailCode(codeMailbox(session.user.sub), () => resendEmailCode(session.accessToken));
  if (!sent.ok) return failure(sent);
  return { status: "success", message: `We sent a new code to ${newEmail}.` };
}
