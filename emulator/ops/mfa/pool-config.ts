import { invalidParameter } from "../../errors";
import type { MfaMode, PoolRecord } from "../../store/types";
import { getPool, type Ctx } from "../context";
import { optionalBoolean, optionalObject, requiredString, type Input } from "../input";
import { mfaModeOf, readMfaMode } from "../pool-settings";
import { applyPasswordlessMfaSettings, passwordlessMfaView } from "../passwordless-settings";

const ALL_DISABLED =
  "Invalid MFA configuration given, can't disable all MFAs with a required or optional configuration.";
const OFF_WITH_FACTOR = "Invalid MFA configuration given, can't turn off MFA and configure an MFA together.";

/** CreateUserPool configures only SMS MFA: ON or OPTIONAL needs an SmsConfiguration, and SMS is not emulated. */
export function assertCreatableMfaMode(input: Input, mode: MfaMode): void {
  if (mode === "OFF") return;
  if (input.SmsConfiguration === undefined) {
    throw invalidParameter(
      "SMS configuration and Auto verification for phone_number are required when MFA is required/optional",
    );
  }
  throw invalidParameter(
    "The emulator does not send SMS: create the pool with MfaConfiguration OFF, then use SetUserPoolMfaConfig.",
  );
}

/** UpdateUserPool's MfaConfiguration: TOTP stays as SetUserPoolMfaConfig left it, except that OFF turns it off. */
export function applyMfaMode(pool: PoolRecord, mode: MfaMode): void {
  if (mode !== "OFF" && !pool.softwareTokenMfaEnabled) throw invalidParameter(ALL_DISABLED);
  pool.mfaConfiguration = mode;
  if (mode === "OFF") pool.softwareTokenMfaEnabled = false;
}

function readFactorEnabled(input: Input, field: string): boolean {
  return optionalBoolean(optionalObject(input, field) ?? {}, "Enabled") ?? false;
}

function mfaConfigView(pool: PoolRecord) {
  return {
    MfaConfiguration: mfaModeOf(pool),
    SoftwareTokenMfaConfiguration: { Enabled: pool.softwareTokenMfaEnabled ?? false },
    ...passwordlessMfaView(pool),
  };
}

function setUserPoolMfaConfig(ctx: Ctx, input: Input) {
  const pool = getPool(ctx, requiredString(input, "UserPoolId"));
  const mode = readMfaMode(input);
  const totp = readFactorEnabled(input, "SoftwareTokenMfaConfiguration");
  const sms = input.SmsMfaConfiguration !== undefined;
  if (mode === "OFF" && (totp || sms)) throw invalidParameter(OFF_WITH_FACTOR);
  if (sms) throw invalidParameter("The emulator does not send SMS MFA codes: SmsMfaConfiguration");
  if (mode !== "OFF" && !totp) throw invalidParameter(ALL_DISABLED);
  applyPasswordlessMfaSettings(pool, input);
  pool.mfaConfiguration = mode;
  pool.softwareTokenMfaEnabled = totp;
  pool.updatedAt = ctx.now();
  return mfaConfigView(pool);
}

function getUserPoolMfaConfig(ctx: Ctx, input: Input) {
  return mfaConfigView(getPool(ctx, requiredString(input, "UserPoolId")));
}

export const poolMfaOperations = {
  SetUserPoolMfaConfig: setUserPoolMfaConfig,
  GetUserPoolMfaConfig: getUserPoolMfaConfig,
};
