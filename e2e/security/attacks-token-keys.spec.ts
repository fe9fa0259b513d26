import { expect, test } from "@playwright/test";
import type { NextServer } from "../../tests/stack/next-server";
import { createConfirmedUser, tokensFor } from "../support/emulator";
import { stack } from "../support/stack";
import { get } from "./support/app";
import { startFaultProxy, type FaultProxy } from "./support/fault-proxy";
import { startFaultApp, startFaultPool, type FaultPool } from "./support/fault-stack";
import { record } from "./support/record";
import { seen, summary } from "./support/responses";
import { claimsOf, headerOf, nowSeconds, signedByPool } from "./support/tokens";

const MAX_AGE_SECONDS = 10;

test.describe.serial("a key Cognito no longer publishes", () => {
  let pool: FaultPool;
  let proxy: FaultProxy;
  let app: NextServer;
  test.beforeAll(async () => {
    pool = await startFaultPool();
    proxy = await startFaultProxy(pool.url);
    // Cognito's JWKS says how long it may be kept; the app re-reads it when that is over (15 min at most).
    proxy.set({ jwksMaxAgeSeconds: MAX_AGE_SECONDS });
    app = await startFaultApp(pool, "jwks-retired-key", proxy.url);
  });
  test.afterAll(async () => {
    await app?.stop();
    await proxy?.close();
    await pool?.stop();
  });

  const feed = (token: string) =>
    get(app.url, "/api/activities/home", { authorization: `Bearer ${token}` }).then((response) => response.status);

  test("stops being trusted once the cached JWKS is older than its max-age", async () => {
    test.setTimeout(60_000);
    const { accessToken } = await pool.tokens(await pool.newUser("retired"));
    expect(await feed(accessToken)).toBe(200);
    const retired = String(headerOf(accessToken).kid);
    const rotated = await fetch(`${pool.url}/_emulator/rotate-keys`, {
      method: "POST",
      body: JSON.stringify({ userPoolId: pool.client.userPoolId }),
    });
    expect(rotated.status).toBe(200);
    proxy.set({ jwksWithout: [retired] });
    const removedAt = Date.now();
    const fetchesBefore = proxy.hits("jwks");
    let status = await feed(accessToken);
    while (status === 200 && Date.now() - removedAt < 3 * MAX_AGE_SECONDS * 1000) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      status = await feed(accessToken);
    }
    const seconds = (Date.now() - removedAt) / 1000;
    const fetches = proxy.hits("jwks") - fetchesBefore;
    record({
      case: "Token keys: a kid removed from the JWKS (rotate-keys, then the old key retired)",
      expected: `401 once the JWKS is older than its max-age (${MAX_AGE_SECONDS} s here, 15 min at most), re-read off the request path`,
      observed:
        status === 401
          ? `401 within ${MAX_AGE_SECONDS} s + 2 s of the removal${fetches <= 2 ? ", at most two JWKS fetches" : `, ${fetches} JWKS fetches`}`
          : `still ${status} ${Math.round(seconds)} s after the removal`,
      asvs: ["V9.1.3"],
    });
    expect(status).toBe(401);
    expect(seconds).toBeLessThan(MAX_AGE_SECONDS + 2);
    expect(fetches).toBeLessThanOrEqual(2);
  });
});

test.describe("iat", () => {
  test("an access token issued 30 s in the future (clock skew) is accepted (control)", async () => {
    const { accessToken } = await tokensFor(await createConfirmedUser());
    const claims = claimsOf(accessToken);
    const token = await signedByPool("access", { ...claims, iat: nowSeconds() + 30 });
    const response = await seen(
      await get(stack().main.url, "/api/activities/home", { authorization: `Bearer ${token}` }),
    );
    record({
      case: "Bearer: iat 30 s in the future (within the clock skew)",
      expected: "200",
      observed: summary(response),
      asvs: ["V9.2.1"],
    });
    expect(response.status).toBe(200);
  });
});
