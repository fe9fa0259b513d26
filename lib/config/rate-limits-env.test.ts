import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./env";
import { DEFAULT_POLICY } from "./rate-limits";

const valid = {
  AWS_COGNITO_USER_POOL_ID: "eu-west-1_AbC123xyz",
  AWS_COGNITO_USER_POOL_CLIENT_ID: "abc123def456",
  SESSION_SECRET: "1.J4UAIVSQCWV1qyZCxa2tzXVWj05mvc8AQrknwOTsmfk",
};

function problemsOf(env: Record<string, string>): string {
  try {
    parseConfig({ ...valid, ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.join("\n");
    throw error;
  }
  return "";
}

describe("rate-limit configuration", () => {
  it("defaults to in-memory counters, production limits and no trusted proxy", () => {
    expect(parseConfig(valid).rateLimit).toEqual({ policy: DEFAULT_POLICY, trustedProxyHops: 0 });
  });

  it("reads the proxy hops and limit overrides", () => {
    const { rateLimit } = parseConfig({ ...valid, TRUSTED_PROXY_HOPS: "2", RATE_LIMITS: "api.ip=10/1s" });
    expect(rateLimit.trustedProxyHops).toBe(2);
    expect(rateLimit.policy.api.ip).toEqual([{ limit: 10, windowMs: 1000 }]);
  });

  it("refuses bad values at start-up, naming the variable", () => {
    expect(problemsOf({ TRUSTED_PROXY_HOPS: "one" })).toMatch(/TRUSTED_PROXY_HOPS must be a whole number/);
    expect(problemsOf({ RATE_LIMITS: "sign-in.ip=lots" })).toMatch(/RATE_LIMITS "lots" is not <count>\/<window>/);
  });

  it("suggests the right name for a typo", () => {
    expect(problemsOf({ RATE_LIMIT: "sign-in.ip=5/1m" })).toMatch(
      /RATE_LIMIT is not a Cruddur variable: did you mean RATE_LIMITS\?/,
    );
  });
});
