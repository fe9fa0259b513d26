import { describe, expect, it } from "vitest";
import { InMemoryRevocationStore } from "./revocation";

const clock = (start = 1_700_000_000_000) => {
  let now = start;
  return { now: () => now, advance: (seconds: number) => (now += seconds * 1000) };
};
const nowS = (c: { now: () => number }) => Math.floor(c.now() / 1000);

describe("InMemoryRevocationStore", () => {
  it("revokes every token of one sign-in until the given time", () => {
    const c = clock();
    const store = new InMemoryRevocationStore(10, c.now);
    const token = { sub: "u1", sessionId: "s1", issuedAt: nowS(c) - 60 };
    store.revokeSession("s1", nowS(c) + 3600);
    expect(store.isRevoked(token)).toBe(true);
    expect(store.isRevoked({ ...token, sessionId: "s2" })).toBe(false);
    c.advance(3601);
    expect(store.isRevoked(token)).toBe(false);
  });

  it("revokes a user's tokens issued before a global sign-out, not later ones", () => {
    const c = clock();
    const store = new InMemoryRevocationStore(10, c.now);
    store.revokeUser("u1", nowS(c));
    expect(store.isRevoked({ sub: "u1", sessionId: "a", issuedAt: nowS(c) - 1 })).toBe(true);
    expect(store.isRevoked({ sub: "u1", sessionId: "b", issuedAt: nowS(c) })).toBe(false);
    expect(store.isRevoked({ sub: "u2", sessionId: "c", issuedAt: nowS(c) - 1 })).toBe(false);
  });

  it("keeps the latest global sign-out", () => {
    const c = clock();
    const store = new InMemoryRevocationStore(10, c.now);
    store.revokeUser("u1", nowS(c) + 100);
    store.revokeUser("u1", nowS(c));
    expect(store.isRevoked({ sub: "u1", sessionId: "a", issuedAt: nowS(c) + 50 })).toBe(true);
  });

  it("stays within its size cap", () => {
    const c = clock();
    const store = new InMemoryRevocationStore(100, c.now);
    for (let i = 0; i < 1000; i++) store.revokeSession(`s${i}`, nowS(c) + 3600);
    expect(store.isRevoked({ sub: "u", sessionId: "s999", issuedAt: 0 })).toBe(true);
    expect(store.isRevoked({ sub: "u", sessionId: "s0", issuedAt: 0 })).toBe(false);
  });

  it("ignores revocations that are already over", () => {
    const c = clock();
    const store = new InMemoryRevocationStore(10, c.now);
    store.revokeSession("s1", nowS(c) - 1);
    expect(store.isRevoked({ sub: "u", sessionId: "s1", issuedAt: 0 })).toBe(false);
  });
});
