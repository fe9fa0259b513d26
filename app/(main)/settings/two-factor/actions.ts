"use server";

import { redirect } from "next/navigation";
import * as z from "zod/mini";
import { verifySession } from "@/lib/auth/dal";
import { requireRecentConfirmation } from "@/lib/auth/step-up";
import { accountDetails } from "@/lib/cognito/account";
import { attempt } from "@/lib/cognito/attempt";
import { associateSoftwareToken, setTotpPreference, verifySoftwareToken } from "@/lib/cognito/mfa";
import { clearPendingSecret, readPendingSecret, savePendingSecret } from "@/lib/flow-state/totp-setup";
import { textFields } from "@/lib/forms/form-fields";
import { failure, type FormState } from "@/lib/forms/form-state";
import { authenticatorCodeField, deviceNameField, fieldErrorsOf } from "@/lib/forms/schemas";

const SETTINGS_SIGN_IN = "/signin?next=%2Fsettings%2Ftwo-factor";
const setupSchema = z.object({ code: authenticatorCodeField, deviceName: deviceNameField });

/** Mints the key in a POST, so reloading the set-up page shows the same one. */
export async function startTotpSetupAction(): Promise<void> {
  const session = await verifySession();
  if (!session) redirect(SETTINGS_SIGN_IN);
  if (await isTotpOn(session.accessToken)) redirect("/settings/two-factor");
  const associated = await attempt(() => associateSoftwareToken({ accessToken: session.accessToken }));
  const saved = associated.ok && (await savePendingSecret(session.sessionId, associated.value.secret));
  redirect(saved ? "/settings/two-factor" : "/settings/two-factor?notice=two-factor-unavailable");
}

export async function verifyTotpSetupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await verifySession();
  if (!session) redirect(SETTINGS_SIGN_IN);
  if (!(await readPendingSecret(session.sessionId))) redirect("/settings/two-factor?notice=step-expired");
  const fields = textFields(formData, ["code", "deviceName"]);
  const values = { deviceName: fields.deviceName };
  const parsed = setupSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  if (await isTotpOn(session.accessToken)) redirect("/settings/two-factor");
  const { code, deviceName } = parsed.data;
  const owner = { accessToken: session.accessToken };
  const turnedOn = await attempt(async () => {
    await verifySoftwareToken(owner, code, deviceName);
    await setTotpPreference(session.accessToken, true);
  });
  if (!turnedOn.ok) {
    const { code: reason, message } = turnedOn.error;
    if (reason === "totp-setup-mismatch" || reason === "totp-mismatch" || reason === "totp-used")
      return { status: "error", fieldErrors: { code: [message] }, values };
    return failure(turnedOn.error, values);
  }
  await clearPendingSecret();
  redirect("/settings?notice=two-factor-on");
}

/** Ends no session: the next sign-in, on any device, asks for the password alone. */
export async function turnOffTotpAction(): Promise<void> {
  const session = await requireRecentConfirmation("/settings/two-factor/off");
  const turnedOff = await attempt(() => setTotpPreference(session.accessToken, false));
  redirect(turnedOff.ok ? "/settings?notice=two-factor-off" : "/settings/two-factor/off?notice=two-factor-unavailable");
}

async function isTotpOn(accessToken: string): Promise<boolean> {
  const account = await attempt(() => accountDetails(accessToken));
  return account.ok && account.value.totpEnabled;
}
