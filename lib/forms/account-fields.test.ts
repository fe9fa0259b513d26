import { describe, expect, it } from "vitest";
import {
  CHOOSE_A_PASSWORD,
  newPasswordErrors,
  PASSWORD_RULES_UNMET,
  passwordProblems,
  PASSWORDS_DO_NOT_MATCH,
} from "../password-policy/problems";
import { newPasswordFormErrors } from "./new-password-form";
import { codeField, handleField, resetPasswordSchema } from "./schemas";
import { withNext } from "../navigation/with-next";

const policy = {
  minLength: 8,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
};

describe("handle", () => {
  it.each(["lore", "Andrew_Brown", "abc", "a".repeat(20), "x_1"])("accepts %s", (handle) => {
    expect(handleField.safeParse(handle).success).toBe(true);
  });

  it.each(["ab", "a".repeat(21), "has space", "dash-ed", "émile", "@lore", "lore!"])("refuses %s", (handle) => {
    expect(handleField.safeParse(handle).error?.issues.map((i) => i.message)).toEqual([
      "Use 3 to 20 letters, digits or underscores.",
    ]);
  });

  it("asks for one when empty, with a single message", () => {
    expect(handleField.safeParse("  ").error?.issues.map((i) => i.message)).toEqual(["Choose a username."]);
  });
});

describe("code", () => {
  it("takes six digits, ignoring spaces", () => {
    expect(codeField.parse(" 123 456 ")).toBe("123456");
  });

  it.each(["12345", "1234567", "12a456"])("refuses %s", (code) => {
    expect(codeField.safeParse(code).success).toBe(false);
  });
});

describe("new password", () => {
  it("asks for a password, or points at the checklist when the password misses a rule", () => {
    expect(passwordProblems("", policy)).toEqual([CHOOSE_A_PASSWORD]);
    expect(passwordProblems("abc", policy)).toEqual([PASSWORD_RULES_UNMET]);
    expect(passwordProblems("Passw0rd!", policy)).toEqual([]);
  });

  it("reports a mismatch on the second field", () => {
    expect(newPasswordErrors("Passw0rd!", "Passw0rd?", policy)).toEqual({ passwordAgain: [PASSWORDS_DO_NOT_MATCH] });
    expect(newPasswordErrors("Passw0rd!", "Passw0rd!", policy)).toEqual({});
  });

  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.set(name, value);
    return data;
  };

  it("refuses a weak password, a mismatch and the schema's other fields at once", () => {
    expect(
      newPasswordFormErrors(resetPasswordSchema, form({ code: "12", password: "abc", passwordAgain: "abd" }), policy),
    ).toEqual({
      code: ["The code is the 6 digits from the email."],
      password: [PASSWORD_RULES_UNMET],
      passwordAgain: [PASSWORDS_DO_NOT_MATCH],
    });
    const good = form({ code: " 123 456 ", password: "Passw0rd!", passwordAgain: "Passw0rd!" });
    expect(newPasswordFormErrors(resetPasswordSchema, good, policy)).toEqual({});
  });
});

describe("withNext", () => {
  it("carries a safe next and drops an unsafe or default one", () => {
    expect(withNext("/confirm", "/messages?x=1", { email: "a@b.test" })).toBe(
      "/confirm?email=a%40b.test&next=%2Fmessages%3Fx%3D1",
    );
    expect(withNext("/confirm", "//evil.com", { email: "a@b.test" })).toBe("/confirm?email=a%40b.test");
    expect(withNext("/signin", "/")).toBe("/signin");
  });
});
