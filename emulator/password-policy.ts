import { invalidParameter, invalidPassword } from "./errors";
import type { PasswordPolicy } from "./store/types";

/** Cognito's default when a pool is created without a policy. */
export const DEFAULT_POLICY: PasswordPolicy = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
  TemporaryPasswordValidityDays: 7,
};

/** The special characters Cognito accepts as symbols (plus a non-leading, non-trailing space). */
const SYMBOLS = new Set("^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ".split(""));

const rules: Array<[keyof PasswordPolicy, (password: string) => boolean, string]> = [
  ["RequireUppercase", (p) => /[A-Z]/.test(p), "Password must have uppercase characters"],
  ["RequireLowercase", (p) => /[a-z]/.test(p), "Password must have lowercase characters"],
  ["RequireNumbers", (p) => /[0-9]/.test(p), "Password must have numeric characters"],
  ["RequireSymbols", (p) => [...p].some((c) => SYMBOLS.has(c)), "Password must have symbol characters"],
];

/** The first rule the password breaks, in the wording Cognito uses after "Password did not conform with policy: ". */
export function passwordViolation(password: string, policy: PasswordPolicy): string | null {
  if (password.length < policy.MinimumLength) return "Password not long enough";
  for (const [flag, test, message] of rules) {
    if (policy[flag] && !test(password)) return message;
  }
  return null;
}

export function assertPassword(password: string, policy: PasswordPolicy, field = "password"): void {
  if (password.length > 256 || !/^\S(.*\S)?$/s.test(password)) {
    throw invalidParameter(
      `1 validation error detected: Value at '${field}' failed to satisfy constraint: ` +
        "Member must satisfy regular expression pattern: ^[\\S]+.*[\\S]+$",
    );
  }
  const violation = passwordViolation(password, policy);
  if (violation) throw invalidPassword(violation);
}

/** A temporary password that satisfies any policy Cognito allows (up to 99 characters). */
export function generateTemporaryPassword(policy: PasswordPolicy, random: (n: number) => string): string {
  const body = random(Math.max(policy.MinimumLength, 12) - 4);
  return `${body}Aa1!`;
}
