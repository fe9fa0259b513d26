import { describe, expect, it } from "vitest";
import { refreshDue } from "./refresh-due";

const tokenIssuedAt = (iat: number) => `header.${Buffer.from(JSON.stringify({ iat })).toString("base64url")}.signature`;

describe("refreshDue", () => {
  const iat = 1_700_000_000;

  it("leaves an hour-long token alone until its last five minutes", () => {
    const exp = iat + 3600;
    expect(refreshDue(tokenIssuedAt(iat), exp, exp - 301)).toBe(false);
    expect(refreshDue(tokenIssuedAt(iat), exp, exp - 300)).toBe(true);
  });

  it("refreshes a short-lived token in its last quarter", () => {
    const exp = iat + 8;
    expect(refreshDue(tokenIssuedAt(iat), exp, iat + 5)).toBe(false);
    expect(refreshDue(tokenIssuedAt(iat), exp, iat + 6)).toBe(true);
  });

  it("always refreshes an expired token", () => {
    expect(refreshDue(tokenIssuedAt(iat), iat + 3600, iat + 7200)).toBe(true);
  });

  it("assumes Cognito's default hour when the token cannot be read", () => {
    const exp = iat + 3600;
    expect(refreshDue("garbage", exp, exp - 301)).toBe(false);
    expect(refreshDue("garbage", exp, exp - 299)).toBe(true);
  });
});
