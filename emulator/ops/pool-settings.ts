import { invalidParameter } from "../errors";
import { DEFAULT_POLICY } from "../password-policy";
import type { MfaMode, PasswordPolicy, PoolRecord } from "../store/types";
import { optionalNumber, optionalObject, optionalString, stringList, type Input } from "./input";

export const FIXED_SETTINGS = ["UsernameConfiguration"] as const;
/** UpdateUserPool replaces these; one it leaves out is back to Cognito's default. */
export const UPDATABLE_SETTINGS = [
  "AccountRecoverySetting",
  "UserPoolTags",
  "AdminCreateUserConfig",
  "DeletionProtection",
  "VerificationMessageTemplate",
  "EmailConfiguration",
  "LambdaConfig",
  "DeviceConfiguration",
  "UserPoolAddOns",
] as const;

const constraint = (path: string, rule: string) =>
  invalidParameter(`1 validation error detected: Value at '${path}' failed to satisfy constraint: ${rule}`);

function readPolicy(input: Input): PasswordPolicy {
  const given = optionalObject(optionalObject(input, "Policies") ?? {}, "PasswordPolicy");
  if (!given) return { ...DEFAULT_POLICY };
  const length = optionalNumber(given, "MinimumLength") ?? 8;
  const days = optionalNumber(given, "TemporaryPasswordValidityDays") ?? 7;
  if (!Number.isInteger(length) || length < 6 || length > 99) {
    throw constraint("policies.passwordPolicy.minimumLength", "Member must have value between 6 and 99");
  }
  if (!Number.isInteger(days) || days < 0 || days > 365) {
    throw constraint(
      "policies.passwordPolicy.temporaryPasswordValidityDays",
      "Member must have value between 0 and 365",
    );
  }
  return {
    MinimumLength: length,
    RequireUppercase: given.RequireUppercase === true,
    RequireLowercase: given.RequireLowercase === true,
    RequireNumbers: given.RequireNumbers === true,
    RequireSymbols: given.RequireSymbols === true,
    TemporaryPasswordValidityDays: days,
  };
}

export function readAttributeNames(input: Input, field: string): string[] {
  const names = stringList(input, field) ?? [];
  const allowed =
    field === "AliasAttributes" ? ["email", "phone_number", "preferred_username"] : ["email", "phone_number"];
  const bad = names.find((name) => !allowed.includes(name));
  if (bad) throw invalidParameter(`Invalid value ${bad} for ${field}; allowed: ${allowed.join(", ")}`);
  return names;
}

function readVerifyBeforeUpdate(input: Input, autoVerified: string[]): string[] {
  const settings = optionalObject(input, "UserAttributeUpdateSettings") ?? {};
  const names = readAttributeNames(settings, "AttributesRequireVerificationBeforeUpdate");
  if (names.some((name) => !autoVerified.includes(name))) {
    throw invalidParameter(
      "All attributes in AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes",
    );
  }
  return names;
}

export function readMfaMode(input: Input): MfaMode {
  const mode = optionalString(input, "MfaConfiguration") ?? "OFF";
  if (mode !== "OFF" && mode !== "ON" && mode !== "OPTIONAL") {
    throw constraint("mfaConfiguration", "Member must satisfy enum value set: [OPTIONAL, OFF, ON]");
  }
  return mode;
}

function assertNoUnusedAccountValidity(input: Input): void {
  const admin = optionalObject(input, "AdminCreateUserConfig") ?? {};
  const policy = optionalObject(optionalObject(input, "Policies") ?? {}, "PasswordPolicy") ?? {};
  if (admin.UnusedAccountValidityDays !== undefined && policy.TemporaryPasswordValidityDays !== undefined) {
    throw invalidParameter(
      "Please use TemporaryPasswordValidityDays in PasswordPolicy instead of UnusedAccountValidityDays",
    );
  }
}

interface UpdatableSettings {
  passwordPolicy: PasswordPolicy;
  autoVerifiedAttributes: string[];
  attributesRequireVerificationBeforeUpdate: string[];
  extra: Record<string, unknown>;
}

export function readUpdatableSettings(input: Input): UpdatableSettings {
  assertNoUnusedAccountValidity(input);
  const autoVerifiedAttributes = readAttributeNames(input, "AutoVerifiedAttributes");
  const extra: Record<string, unknown> = {};
  for (const key of UPDATABLE_SETTINGS) if (input[key] !== undefined) extra[key] = input[key];
  return {
    passwordPolicy: readPolicy(input),
    autoVerifiedAttributes,
    attributesRequireVerificationBeforeUpdate: readVerifyBeforeUpdate(input, autoVerifiedAttributes),
    extra,
  };
}

export const mfaModeOf = (pool: PoolRecord): MfaMode => pool.mfaConfiguration ?? "OFF";
export const verifyBeforeUpdate = (pool: PoolRecord): string[] => pool.attributesRequireVerificationBeforeUpdate ?? [];
