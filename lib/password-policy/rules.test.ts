import { describe, expect, it } from "vitest";
import { meetsPolicy, passwordRules } from "./rules";

const strict = {
  minLength: 8,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
};

describe("passwordRules", () => {
  it("lists each rule of the policy with whether it is met", () => {
    expect(passwordRules("abc", strict).map((r) => [r.id, r.met])).toEqual([
      ["length", false],
      ["lowercase", true],
      ["uppercase", false],
      ["number", false],
      ["symbol", false],
    ]);
  });

  it("only lists what the policy requires", () => {
    const lax = { ...strict, minLength: 6, requireUppercase: false, requireSymbols: false };
    expect(passwordRules("", lax).map((r) => r.id)).toEqual(["length", "lowercase", "number"]);
    expect(passwordRules("", lax)[0]?.label).toBe("At least 6 characters");
  });

  it.each(["Passw0rd!", "Passw0rd^", "Pass w0rdX", "Passw0rd-", "Passw0rd="])("accepts %s", (password) => {
    expect(meetsPolicy(password, strict)).toBe(true);
  });

  it.each(["Password1", "Passw0rd ", " Passw0rdX", "passw0rd!", "PASSW0RD!", "Pa0!"])("rejects %s", (password) => {
    expect(meetsPolicy(password, strict)).toBe(false);
  });
});
