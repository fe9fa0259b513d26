import { describe, expect, it } from "vitest";
import { describeWait } from "../rate-limit/messages";
import { DEFAULT_POLICY, policyFrom } from "./rate-limits";

describe("policyFrom (RATE_LIMITS)", () => {
  it("is the default policy when unset or empty", () => {
    expect(policyFrom(undefined)).toEqual(DEFAULT_POLICY);
    expect(policyFrom(" ")).toEqual(DEFAULT_POLICY);
  });

  it("replaces only the rules it names", () => {
    const policy = policyFrom("sign-in.ip=100/1m+1000/1h, api.ip=5000/30s");
    expect(policy).toMatchObject({
      "sign-in": {
        ip: [
          { limit: 100, windowMs: 60_000 },
          { limit: 1000, windowMs: 3_600_000 },
        ],
        account: DEFAULT_POLICY["sign-in"].account,
      },
      api: { ip: [{ limit: 5000, windowMs: 30_000 }] },
      recovery: DEFAULT_POLICY.recovery,
    });
  });

  it("does not change the defaults it started from", () => {
    policyFrom("sign-in.ip=1/1s");
    expect(DEFAULT_POLICY["sign-in"].ip?.[0]).toEqual({ limit: 60, windowMs: 60_000 });
  });

  it.each([
    ["login.ip=5/1m", /must start with <action>\.<key>=/],
    ["sign-in.user=5/1m", /must start with <action>\.<key>=/],
    ["sign-in.ip=5 per minute", /is not <count>\/<window>/],
    ["sign-in.ip=0/1m", /needs a count and a window of at least 1/],
    ["sign-in.ip=5/0s", /needs a count and a window of at least 1/],
  ])("refuses %s", (text, problem) => {
    const result = policyFrom(text);
    expect(Array.isArray(result) && result.join("\n")).toMatch(problem);
  });
});

describe("describeWait", () => {
  it.each([
    [1, "a second"],
    [40, "40 seconds"],
    [60, "a minute"],
    [61, "2 minutes"],
    [900, "15 minutes"],
    [3600, "an hour"],
    [3601, "2 hours"],
  ])("%i s reads as %s", (seconds, text) => {
    expect(describeWait(seconds)).toBe(text);
  });
});
