import { TOTP, URI } from "otpauth";
import { describe, expect, it } from "vitest";
import { authenticatorUri, inGroupsOfFour } from "./authenticator-uri";

describe("the authenticator key-URI", () => {
  it("names Cruddur as the issuer in the label and the query", () => {
    expect(authenticatorUri("lore@example.com", "JBSWY3DPEHPK3PXP")).toBe(
      "otpauth://totp/Cruddur:lore%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Cruddur",
    );
  });

  it("reads back, as an authenticator library parses it, even for an email with reserved characters", () => {
    const parsed = URI.parse(authenticatorUri("a+b?c&d:e@example.com", "JBSWY3DPEHPK3PXP"));
    expect(parsed).toBeInstanceOf(TOTP);
    expect(parsed.label).toBe("a+b?c&d:e@example.com");
    expect(parsed.issuer).toBe("Cruddur");
    expect(parsed.secret.base32).toBe("JBSWY3DPEHPK3PXP");
  });
});

describe("the secret in groups of four", () => {
  it.each([
    ["JBSWY3DPEHPK3PXP", "JBSW Y3DP EHPK 3PXP"],
    ["ABCDEF", "ABCD EF"],
    ["", ""],
  ])("%s reads as %s", (secret, grouped) => {
    expect(inGroupsOfFour(secret)).toBe(grouped);
  });
});
