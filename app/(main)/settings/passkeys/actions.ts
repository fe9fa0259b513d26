"use server";

import { redirect } from "next/navigation";
import { requireRecentConfirmation } from "@/lib/auth/step-up";
import { attempt } from "@/lib/cognito/attempt";
import type { PasskeyErrorCode } from "@/lib/cognito/error-catalogue";
import { AuthError } from "@/lib/cognito/errors";
import { completePasskeyRegistration, deletePasskey, startPasskeyRegistration } from "@/lib/cognito/passkeys";
import { forgetRegistrationOptions, keepRegistrationOptions } from "@/lib/flow-state/passkey-registration";
import { textFields } from "@/lib/forms/form-fields";
import { failure, type FormState } from "@/lib/forms/form-state";
import { logProblem } from "@/lib/log/problem-log";

const NEW_PASSKEY_PAGE = "/settings/passkeys/new";

/** What the browser's ceremony failed with (a DOMException name), in the words of the catalogue. */
const CEREMONY_FAILURES: Record<string, PasskeyErrorCode> = {
  NotAllowedError: "passkey-cancelled",
  AbortError: "passkey-cancelled",
  InvalidStateError: "passkey-already-registered",
  NotSupportedError: "passkey-not-supported",
  SecurityError: "passkeys-misconfigured",
};

export async function startPasskeyAction(): Promise<void> {
  const session = await requireRecentConfirmation(NEW_PASSKEY_PAGE);
  const started = await attempt(() => startPasskeyRegistration(session.accessToken));
  if (!started.ok) redirect(`${NEW_PASSKEY_PAGE}?error=${started.error.code}`);
  const kept = await keepRegistrationOptions(session.user.sub, started.value);
  redirect(kept ? NEW_PASSKEY_PAGE : `${NEW_PASSKEY_PAGE}?error=unknown`);
}

export async function completePasskeyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await requireRecentConfirmation(NEW_PASSKEY_PAGE);
  const { credential, failed } = textFields(formData, ["credential", "failed"]);
  const parsed = failed ? null : credentialFrom(credential);
  if (!parsed) return failure(new AuthError(ceremonyFailure(failed)));
  const completed = await attempt(() => completePasskeyRegistration(session.accessToken, parsed));
  if (!completed.ok) return failure(completed.error);
  await forgetRegistrationOptions();
  redirect("/settings?notice=passkey-added");
}

export async function removePasskeyAction(formData: FormData): Promise<void> {
  const session = await requireRecentConfirmation("/settings");
  const { id } = textFields(formData, ["id"]);
  const removed = await attempt(() => deletePasskey(session.accessToken, id));
  const notFound = !removed.ok && removed.error.code === "passkey-not-found";
  redirect(
    `/settings?notice=${removed.ok ? "passkey-removed" : notFound ? "passkey-not-found" : "passkey-not-removed"}`,
  );
}

function ceremonyFailure(name: string): PasskeyErrorCode {
  const code = CEREMONY_FAILURES[name] ?? "passkey-needs-javascript";
  if (code === "passkeys-misconfigured") logProblem("passkey.ceremony-refused", { reason: name });
  return code;
}

function credentialFrom(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? { ...value } : null;
  } catch {
    return null;
  }
}
