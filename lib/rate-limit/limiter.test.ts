import { describe, expect, it } from "vitest";
import { RateLimiter, normaliseAccount, type LimitedEvent } from "./limiter";
import { MemoryStore } from "../store/memory-store";
import { DEFAULT_POLICY, type Policy } from "../config/rate-limits";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Attempts counted per account and per address, as any action can be configured. */
const ATTEMPTS_POLICY: Policy = {
  ...DEFAULT_POLICY,
  "sign-in": {
    account: [
      { limit: 10, windowMs: MINUTE },
      { limit: 50, windowMs: HOUR },
    ],
    ip: [
      { limit: 60, windowMs: MINUTE },
      { limit: 600, windowMs: HOUR },
    ],
  },
};

function setup(policy: Policy = ATTEMPTS_POLICY) {
  let now = 5_000_000;
  const events: LimitedEvent[] = [];
  const limiter = new RateLimiter(new MemoryStore(10_000, () => now), policy, (event) => events.push(event));
  return { limiter, events, advance: (ms: number) => (now += ms) };
}

const times = <T>(n: number, run: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => run(i)));

describe("RateLimiter", () => {
  it("lets an account make ten sign-in attempts a minute, then refuses with the time left", async () => {
    const { limiter, advance } = setup();
    for (let i = 0; i < 10; i += 1)
      expect(await limiter.check("sign-in", { ip: "198.51.100.1", account: "ana@example.com" })).toEqual({ ok: true });
    advance(20_000);
    const refused = await limiter.check("sign-in", { ip: "198.51.100.1", account: "ana@example.com" });
    expect(refused).toEqual({
      ok: false,
      code: "rate-limited",
      key: "account",
      retryAfterSeconds: 40,
      message: "Too many sign-in attempts. Please wait 40 seconds and try again.",
    });
    advance(40_000);
    expect((await limiter.check("sign-in", { ip: "198.51.100.1", account: "ana@example.com" })).ok).toBe(true);
  });

  it("limits one account attacked from many addresses", async () => {
    const { limiter } = setup();
    const results = await times(14, (i) =>
      limiter.check("sign-in", { ip: `203.0.113.${i}`, account: "ana@example.com" }),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.key === "account")).toBe(true);
  });

  it("limits one address trying many accounts", async () => {
    const { limiter } = setup();
    const results = await times(70, (i) =>
      limiter.check("sign-in", { ip: "203.0.113.9", account: `user${i}@example.com` }),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(60);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, key: "ip" });
    expect((await limiter.check("sign-in", { ip: "203.0.113.10", account: "fresh@example.com" })).ok).toBe(true);
  });

  it("counts an email however it is typed", async () => {
    const { limiter } = setup();
    const spellings = ["Ana@Example.com", " ana@example.com", "ANA@EXAMPLE.COM ", "ana@example.com", "aNa@example.COM"];
    for (const account of [...spellings, ...spellings])
      expect((await limiter.check("sign-in", { ip: "198.51.100.1", account })).ok).toBe(true);
    expect((await limiter.check("sign-in", { ip: "198.51.100.2", account: "ana@EXAMPLE.com" })).ok).toBe(false);
    expect(normaliseAccount(" Ana@Example.COM ")).toBe("ana@example.com");
  });

  it("backs off: once the hourly budget is spent, the wait is the rest of the hour", async () => {
    const { limiter, advance } = setup();
    for (let minute = 0; minute < 5; minute += 1) {
      for (let i = 0; i < 10; i += 1)
        expect((await limiter.check("sign-in", { ip: `192.0.2.${minute}`, account: "ana@example.com" })).ok).toBe(true);
      advance(MINUTE);
    }
    const refused = await limiter.check("sign-in", { ip: "192.0.2.99", account: "ana@example.com" });
    expect(refused).toMatchObject({ ok: false, key: "account", retryAfterSeconds: 55 * 60 });
    expect(!refused.ok && refused.message).toBe("Too many sign-in attempts. Please wait 55 minutes and try again.");
  });

  it("keeps actions apart", async () => {
    const { limiter } = setup();
    await times(11, () => limiter.check("sign-in", { ip: "198.51.100.1", account: "ana@example.com" }));
    expect((await limiter.check("sign-in", { ip: "198.51.100.1", account: "ana@example.com" })).ok).toBe(false);
    expect((await limiter.check("recovery", { ip: "198.51.100.1", account: "ana@example.com" })).ok).toBe(true);
    expect((await limiter.check("confirmation", { ip: "198.51.100.1", account: "ana@example.com" })).ok).toBe(true);
  });

  it("says the same thing whichever key tripped, so it reveals nothing about the account", async () => {
    const { limiter } = setup();
    await times(10, () => limiter.check("recovery", { ip: "198.51.100.1", account: "ana@example.com" }));
    await times(30, (i) => limiter.check("recovery", { ip: "198.51.100.2", account: `u${i}@example.com` }));
    const byAccount = await limiter.check("recovery", { ip: "198.51.100.3", account: "ana@example.com" });
    const byIp = await limiter.check("recovery", { ip: "198.51.100.2", account: "new@example.com" });
    expect(byAccount).toMatchObject({ ok: false, key: "account" });
    expect(byIp).toMatchObject({ ok: false, key: "ip" });
    expect(!byAccount.ok && byAccount.message).toBe(!byIp.ok && byIp.message);
  });

  it("limits the API by address alone", async () => {
    const policy: Policy = { ...DEFAULT_POLICY, api: { ip: [{ limit: 3, windowMs: 10_000 }] } };
    const { limiter } = setup(policy);
    const results = await times(4, () => limiter.check("api", { ip: "2001:db8::/64" }));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false]);
    expect(results[3]).toMatchObject({
      retryAfterSeconds: 10,
      message: "Too many requests. Please wait 10 seconds and try again.",
    });
  });

  it("reports each refusal with its action, key and wait", async () => {
    const { limiter, events } = setup();
    await times(6, () => limiter.check("resend", { ip: "198.51.100.1", account: "ana@example.com" }));
    expect(events).toEqual([{ action: "resend", key: "account", account: "ana@example.com", retryAfterSeconds: 900 }]);
  });

  it("never stores the email or address itself", async () => {
    const keys: string[] = [];
    const store = { increment: async (key: string) => (keys.push(key), { count: 1, resetInMs: 1 }) };
    await new RateLimiter({ ...store, getMany: async () => [] }, ATTEMPTS_POLICY).check("sign-in", {
      ip: "198.51.100.7",
      account: "ana@example.com",
    });
    expect(keys).toHaveLength(4);
    expect(keys.join(" ")).not.toMatch(/ana|example|198\.51/);
  });
});

describe("failures per account", () => {
  it("count only what is recorded as a failure, and are spent at the policy's limit", async () => {
    const { limiter, advance } = setup(DEFAULT_POLICY);
    for (let i = 0; i < 4; i += 1) await limiter.recordFailure("sign-in", "ana@example.com");
    expect(await limiter.failuresSpent("sign-in", "Ana@Example.com")).toBe(false);
    expect(await limiter.recordFailure("sign-in", "ana@example.com")).toBe(5);
    expect(await limiter.failuresSpent("sign-in", "ana@example.com")).toBe(true);
    expect(await limiter.failuresSpent("sign-in", "bob@example.com")).toBe(false);
    advance(15 * MINUTE);
    expect(await limiter.failuresSpent("sign-in", "ana@example.com")).toBe(false);
  });
});

describe("the email budget", () => {
  it("is one count for the whole pool", async () => {
    const { limiter } = setup({ ...DEFAULT_POLICY, email: { global: [{ limit: 3, windowMs: HOUR }] } });
    const results = await times(4, () => limiter.check("email", { global: "pool" }));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false]);
    expect(results[3]).toMatchObject({
      key: "global",
      message: expect.stringMatching(/^We can't send more emails right now\./),
    });
  });
});
