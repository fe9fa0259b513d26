import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { access, jwksOf, jwksServer, jwt, mainKey, otherKey, stubPoolEnv } from "./__fixtures__/pool";

stubPoolEnv();
const { verifyAccessToken } = await import("./verify");
const { JWKS_MAX_AGE_MS } = await import("./jwks-fetcher");

const MAIN = jwksOf({ kid: "main", publicKey: mainKey.publicKey });
const NEXT = jwksOf({ kid: "next", publicKey: otherKey.publicKey });
const { served, fetch } = jwksServer(MAIN);

// One clock for the whole file: the verifiers and their penalty box live as long as the module.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
  vi.stubGlobal("fetch", fetch);
});
afterEach(() => vi.advanceTimersByTimeAsync(11_000));
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Lets a refresh started in the background finish. */
const settle = () => vi.advanceTimersByTimeAsync(1);

describe("a JWKS older than its max-age", () => {
  it("is read again off the request path, so a key Cognito retired stops being trusted", async () => {
    served.jwks = MAIN;
    const token = jwt(access({ exp: Math.floor(Date.now() / 1000) + 7200, jti: "retired" }));
    await expect(verifyAccessToken(token)).resolves.not.toBeNull();
    const fetches = fetch.mock.calls.length;
    served.jwks = NEXT;
    vi.advanceTimersByTime(JWKS_MAX_AGE_MS - 1000);
    await expect(verifyAccessToken(token)).resolves.not.toBeNull();
    expect(fetch.mock.calls.length).toBe(fetches);
    vi.advanceTimersByTime(1000);
    // This request still sees the keys it had; the refresh it started serves the next one.
    await expect(verifyAccessToken(token)).resolves.not.toBeNull();
    await settle();
    await expect(verifyAccessToken(token)).resolves.toBeNull();
  });

  it("costs one fetch per max-age at steady state, none per request", async () => {
    served.jwks = MAIN;
    const token = jwt(access({ exp: Math.floor(Date.now() / 1000) + 7200, jti: "steady" }));
    await verifyAccessToken(token);
    await settle();
    const start = fetch.mock.calls.length;
    for (let second = 0; second < 1800; second += 5) {
      await vi.advanceTimersByTimeAsync(5000);
      await expect(verifyAccessToken(token)).resolves.not.toBeNull();
    }
    expect(fetch.mock.calls.length - start).toBe(2);
  });
});

describe("a flood of unknown kids", () => {
  it("fetches the JWKS at most once per 10 s", async () => {
    served.jwks = MAIN;
    await settle();
    const start = fetch.mock.calls.length;
    for (let second = 0; second < 60; second++) {
      const tokens = Array.from({ length: 5 }, (_, i) => jwt(access(), { alg: "RS256", kid: `flood-${second}-${i}` }));
      const results = await Promise.all(tokens.map((token) => verifyAccessToken(token)));
      expect(results.every((result) => result === null)).toBe(true);
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(fetch.mock.calls.length - start).toBeLessThanOrEqual(6);
  });
});
