import { describe, expect, it } from "vitest";
import { MemoryStore } from "../store/memory-store";
import type { AccessClaims } from "../tokens/claims";
import { fakeClock } from "./__fixtures__/clock";
import { createRevocations } from "./revocation";
import { createSignInRegistry, registryKeys } from "./sign-in-registry";

const MINUTE = 60_000;
const settings = { idleTimeoutMs: 30 * MINUTE, maxAgeMs: 24 * 60 * MINUTE };

function setup() {
  const clock = fakeClock();
  const store = new MemoryStore(10_000, clock.now);
  return {
    clock,
    store,
    registry: createSignInRegistry(store, settings, clock.now),
    ended: createRevocations(store, settings, clock.now),
  };
}

const signIn = { sub: "user-1", email: "ana@example.com", userAgent: "Firefox" };
const token = (sid: string, authTimeMs: number): AccessClaims => ({
  sub: "user-1",
  username: "user-1",
  client_id: "client",
  token_use: "access",
  iat: Math.floor(authTimeMs / 1000),
  exp: Math.floor(authTimeMs / 1000) + 3600,
  auth_time: Math.floor(authTimeMs / 1000),
  origin_jti: sid,
});

describe("ending one sign-in", () => {
  it("ends it on the registry and denies its tokens for one token lifetime from now", async () => {
    const { registry, ended, clock } = setup();
    await registry.record("sid-1", signIn);
    const claims = token("sid-1", clock.now());
    await ended.endSignIn("sid-1", "user-1", { accessValidityMs: 60 * MINUTE, refreshRevoked: true });
    expect((await registry.state("sid-1", "user-1")).state).toBe("ended");
    clock.advance(59 * MINUTE);
    expect(await ended.isTokenRevoked(claims)).toBe(true);
    clock.advance(2 * MINUTE);
    expect(await ended.isTokenRevoked(claims)).toBe(false);
  });

  it("denies its tokens for the longest a sign-in lasts when Cognito kept the refresh token", async () => {
    const { ended, clock } = setup();
    await ended.endSignIn("sid-1", "user-1", { accessValidityMs: 60 * MINUTE, refreshRevoked: false });
    clock.advance(settings.maxAgeMs - MINUTE);
    expect(await ended.isTokenRevoked(token("sid-1", clock.now()))).toBe(true);
  });
});

describe("ending every sign-in of a user", () => {
  it("ends sign-ins and tokens up to that moment, the same second included, and none after", async () => {
    const { registry, ended, clock } = setup();
    await registry.record("before", signIn);
    const sameSecond = token("other-app", clock.now());
    clock.advance(400);
    await ended.endAllSignIns("user-1");
    expect((await registry.state("before", "user-1")).state).toBe("ended");
    expect(await ended.isTokenRevoked(sameSecond)).toBe(true);
    clock.advance(1_000);
    await registry.record("after", signIn);
    expect((await registry.state("after", "user-1")).state).toBe("active");
    expect(await ended.isTokenRevoked(token("after", clock.now()))).toBe(false);
  });

  it("can keep the one sign-in that asked", async () => {
    const { registry, ended } = setup();
    for (const sid of ["this", "phone", "laptop"]) await registry.record(sid, signIn);
    await ended.endOtherSignIns("user-1", "this", { accessValidityMs: MINUTE, refreshRevoked: false });
    expect((await registry.list("user-1")).map((entry) => entry.sid)).toEqual(["this"]);
  });
});

describe("a deleted account", () => {
  it("leaves nothing in the registry but a deny entry that lasts one token lifetime", async () => {
    const { registry, ended, clock, store } = setup();
    for (const sid of ["laptop", "phone"]) await registry.record(sid, signIn);
    const claims = token("phone", clock.now());
    await ended.endAccount("user-1", "Ana@Example.com ", 60 * MINUTE);
    expect(await registry.list("user-1")).toEqual([]);
    expect(await registry.subForEmail("ana@example.com")).toBeNull();
    expect(store.size).toBe(1);
    expect(await ended.isTokenRevoked(claims)).toBe(true);
    clock.advance(61 * MINUTE);
    expect(await store.get(registryKeys.userEndedBefore("user-1"))).toBeNull();
  });
});

describe("an email change", () => {
  it("finds the account by its new address only", async () => {
    const { registry } = setup();
    await registry.record("laptop", signIn);
    await registry.moveAccount("user-1", "ana@example.com", "ana@new.example");
    expect(await registry.subForEmail("ana@new.example")).toBe("user-1");
    expect(await registry.subForEmail("ana@example.com")).toBeNull();
  });
});
