import { invalidParameter } from "../../errors";
import type { PoolRecord, UserRecord } from "../../store/types";
import { authenticateAccessToken } from "../../tokens/verify-access";
import { adminTarget } from "../admin";
import { touch, type Ctx } from "../context";
import { optionalBoolean, optionalObject, requiredString, type Input } from "../input";
import { mfaModeOf } from "../pool-settings";
import { setTotpEnabled } from "./user-mfa";

const noDeliveryConfig = (factor: string) =>
  invalidParameter(`User does not have delivery config set to turn on ${factor}`);

const UNEMULATED = { SMSMfaSettings: "SMS_MFA", EmailMfaSettings: "EMAIL_OTP", WebAuthnMfaSettings: "WEB_AUTHN" };

function rejectUnemulatedFactors(input: Input): void {
  for (const [field, factor] of Object.entries(UNEMULATED)) {
    const settings = optionalObject(input, field) ?? {};
    if (optionalBoolean(settings, "Enabled") || optionalBoolean(settings, "PreferredMfa"))
      throw noDeliveryConfig(factor);
  }
}

/** SoftwareTokenMfaSettingsType: TOTP needs a verified authenticator, and cannot be turned off while MFA is required. */
function applyPreferences(pool: PoolRecord, user: UserRecord, input: Input): void {
  rejectUnemulatedFactors(input);
  const settings = optionalObject(input, "SoftwareTokenMfaSettings");
  if (!settings) return;
  const preferred = optionalBoolean(settings, "PreferredMfa");
  const enabled = optionalBoolean(settings, "Enabled") ?? (preferred ? true : undefined);
  if (enabled === undefined && preferred === undefined) return;
  if (enabled === false && preferred) throw invalidParameter("A factor that is not enabled cannot be preferred.");
  if ((enabled || preferred) && !user.softwareToken) throw noDeliveryConfig("SOFTWARE_TOKEN_MFA");
  if (enabled === false && mfaModeOf(pool) === "ON") {
    throw invalidParameter("MFA is required in this user pool: SOFTWARE_TOKEN_MFA cannot be turned off.");
  }
  setTotpEnabled(user, enabled ?? (user.mfaEnabled ?? []).includes("SOFTWARE_TOKEN_MFA"), preferred);
}

function setUserMfaPreference(ctx: Ctx, input: Input) {
  const { pool, user } = authenticateAccessToken(ctx, requiredString(input, "AccessToken"));
  applyPreferences(pool, user, input);
  touch(user, ctx);
  return {};
}

function adminSetUserMfaPreference(ctx: Ctx, input: Input) {
  const { pool, user } = adminTarget(ctx, input);
  applyPreferences(pool, user, input);
  touch(user, ctx);
  return {};
}

export const preferenceOperations = {
  SetUserMFAPreference: setUserMfaPreference,
  AdminSetUserMFAPreference: adminSetUserMfaPreference,
};
