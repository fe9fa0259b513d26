export interface PasswordPolicy {
  minLength: number;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
}

export type PasswordRuleId = "length" | "lowercase" | "uppercase" | "number" | "symbol";

export interface PasswordRule {
  id: PasswordRuleId;
  label: string;
  met: boolean;
}

// Cognito's special characters; a space counts unless leading or trailing.
const SYMBOL = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+-]|(?<=\S) (?=\S)/;

export function passwordRules(password: string, policy: PasswordPolicy): PasswordRule[] {
  const rules: (PasswordRule | false)[] = [
    { id: "length", label: `At least ${policy.minLength} characters`, met: [...password].length >= policy.minLength },
    policy.requireLowercase && { id: "lowercase", label: "A lowercase letter", met: /[a-z]/.test(password) },
    policy.requireUppercase && { id: "uppercase", label: "An uppercase letter", met: /[A-Z]/.test(password) },
    policy.requireNumbers && { id: "number", label: "A number", met: /[0-9]/.test(password) },
    policy.requireSymbols && { id: "symbol", label: "A symbol, such as ! or @", met: SYMBOL.test(password) },
  ];
  return rules.filter((rule): rule is PasswordRule => rule !== false);
}

export function meetsPolicy(password: string, policy: PasswordPolicy): boolean {
  return passwordRules(password, policy).every((rule) => rule.met);
}
