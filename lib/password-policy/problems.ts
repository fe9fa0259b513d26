import { meetsPolicy } from "./rules";
import type { PasswordPolicy } from "./rules";

export const PASSWORDS_DO_NOT_MATCH = "Passwords do not match";
export const CHOOSE_A_PASSWORD = "Choose a password.";
/** Never shown as a sentence: the password's checklist marks the rules still missing instead. */
export const PASSWORD_RULES_UNMET = "Your password doesn't meet every rule yet.";

export function passwordProblems(password: string, policy: PasswordPolicy): string[] {
  if (password === "") return [CHOOSE_A_PASSWORD];
  return meetsPolicy(password, policy) ? [] : [PASSWORD_RULES_UNMET];
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
