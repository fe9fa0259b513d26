import { passwordRules } from "./rules";
import type { PasswordPolicy } from "./rules";

export const PASSWORDS_DO_NOT_MATCH = "Passwords do not match";

export function passwordProblems(password: string, policy: PasswordPolicy): string[] {
  const missing = passwordRules(password, policy).filter((rule) => !rule.met);
  if (missing.length === 0) return [];
  return [`Your password needs: ${missing.map((rule) => rule.label.toLowerCase()).join("; ")}.`];
}

export function newPasswordErrors(
  password: string,
  again: string,
  policy: PasswordPolicy,
): Partial<Record<"password" | "passwordAgain", string[]>> {
  const problems = passwordProblems(password, policy);
  return {
    ...(problems.length > 0 && { password: problems }),
    ...(password !== again && { passwordAgain: [PASSWORDS_DO_NOT_MATCH] }),
  };
}
