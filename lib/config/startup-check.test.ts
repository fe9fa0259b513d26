import { describe, expect, it } from "vitest";
import { perProcessStateWarning } from "./startup-check";

describe("perProcessStateWarning", () => {
  it("says plainly what production without REDIS_URL means for several instances", () => {
    const warning = perProcessStateWarning({ isProduction: true });
    expect(warning).toMatch(/REDIS_URL is not set/);
    expect(warning).toMatch(/sessions, revocations, rate limits and cooldowns are kept in this process only/);
    expect(warning).toMatch(/a sign-out on one instance is not seen by the others, and limits count per instance/);
  });

  it("says nothing with Redis, or outside production", () => {
    expect(perProcessStateWarning({ isProduction: true, redisUrl: "redis://cache:6379" })).toBeUndefined();
    expect(perProcessStateWarning({ isProduction: false })).toBeUndefined();
  });
});
