import { describe, expect, it } from "vitest";
import { assertPassword, DEFAULT_POLICY, generateTemporaryPassword, passwordViolation } from "./password-policy";

describe("password policy", () => {
  it.each([
    ["Ab1!", "Password not long enough"],
    ["abcdefg1!", "Password must have uppercase characters"],
    ["ABCDEFG1!", "Password must have lowercase characters"],
    ["Abcdefgh!", "Password must have numeric characters"],
    ["Abcdefgh1", "Password must have symbol characters"],
  ])("rejects %s with Cognito's rule text", (password, rule) => {
    expect(passwordViolation(password, DEFAULT_POLICY)).toBe(rule);
    expect(() => assertPassword(password, DEFAULT_POLICY)).toThrow(`Password did not conform with policy: ${rule}`);
  });

  it("accepts a password meeting every rule and counts a space as a symbol", () => {
    expect(passwordViolation("Abcdefg1!", DEFAULT_POLICY)).toBeNull();
    expect(passwordViolation("Abc defg1", DEFAULT_POLICY)).toBeNull();
  });

  it("only enforces the rules a pool turns on", () => {
    const lax = {
      ...DEFAULT_POLICY,
      MinimumLength: 6,
      RequireUppercase: false,
      RequireSymbols: false,
      RequireNumbers: false,
    };
    expect(passwordViolation("abcdef", lax)).toBeNull();
  });

  it("rejects leading or trailing whitespace as a parameter error", () => {
    expect(() => assertPassword(" Abcdefg1!", DEFAULT_POLICY)).toThrow(
      expect.objectContaining({ type: "InvalidParameterException" }),
    );
  });

  it("generates temporary passwords that satisfy the policy", () => {
    const strict = { ...DEFAULT_POLICY, MinimumLength: 20 };
    expect(
      passwordViolation(
        generateTemporaryPassword(strict, (n) => "x".repeat(n)),
        strict,
      ),
    ).toBeNull();
  });
});
