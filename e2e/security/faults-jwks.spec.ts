import { test, type Page } from "@playwright/test";
import { JWKS_TIMEOUT_MS } from "../../lib/tokens/jwks-fetcher";
import type { NextServer } from "../../tests/stack/next-server";
import { startRedisServer, type RedisServer } from "../../tests/stack/redis-server";
import { expect, expectSignedIn, signInThroughForm } from "../support/fixtures";
import { recordFault, type FaultCaseId } from "../../tests/security-doc/fault-cases";
import { startFaultProxy, type FaultProxy, type JwksFault } from "./support/fault-proxy";
import { startFaultApp, startFaultPool, type FaultPool } from "./support/fault-stack";

// Two apps on one pool, one session secret and one Redis (so both know every sign-in): "warm"
// signs people in, "cold" fetches its JWKS through a proxy that misbehaves, and has never
// fetched it successfully until the test lets it.
test.describe.configure({ mode: "default" });

const LORE = "My dear brother, it the humans that are the problem";

let pool: FaultPool;
let redis: RedisServer;
let proxy: FaultProxy;
let warm: NextServer;
let cold: NextServer;

test.beforeAll(async () => {
  pool = await startFaultPool();
  redis = await startRedisServer();
  proxy = await startFaultProxy(pool.url);
  const shared = { REDIS_URL: redis.url };
  [warm, cold] = await Promise.all([
    startFaultApp(pool, "jwks-warm", pool.url, shared),
    startFaultApp(pool, "jwks-cold", proxy.url, shared),
  ]);
});

test.afterAll(async () => {
  await Promise.all([warm?.stop(), cold?.stop()]);
  await proxy?.close();
  await redis?.close();
  await pool?.stop();
});

interface Answer {
  status: number;
  location: string;
  body: string;
}

async function get(path: string, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(`${cold.url}${path}`, { headers, redirect: "manual" });
  return { status: response.status, location: response.headers.get("location") ?? "", body: await response.text() };
}

/** Requests until one of them made the app fetch the JWKS, so its answer reflects this fault, not a cool-down. */
async function answerDuringJwksFetch(path: string, headers: Record<string, string>): Promise<Answer> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const before = proxy.hits("jwks");
    const answer = await get(path, headers);
    if (proxy.hits("jwks") > before) return answer;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no JWKS fetch while requesting ${path}`);
}

async function sessionCookieHeader(page: Page): Promise<string> {
  const cookies = await page.context().cookies(warm.url);
  return cookies.map(({ name, value }) => `${name}=${value}`).join("; ");
}

const kidOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split(".")[0] ?? "", "base64url").toString()) as { kid?: string }).kid;

const failures: [JwksFault, FaultCaseId][] = [
  ["hang", "jwks-hang"],
  ["error", "jwks-error"],
  ["garbage", "jwks-garbage"],
  ["not-a-jwks", "jwks-garbage"],
];

test("a cold start with a failing JWKS fails closed, and verifies once the JWKS answers, even slowly", async ({
  page,
}) => {
  const member = await pool.newUser("jwks");
  const { accessToken } = await pool.tokens(member);
  await signInThroughForm(page, member, `${warm.url}/signin`);
  await expectSignedIn(page, member);
  const cookie = await sessionCookieHeader(page);
  const seen: Partial<Record<FaultCaseId, string[]>> = {};

  for (const [fault, caseId] of failures) {
    await test.step(`JWKS ${fault}`, async () => {
      proxy.set({ jwks: fault });
      const started = Date.now();
      const api = await answerDuringJwksFetch("/api/activities/home", { Authorization: `Bearer ${accessToken}` });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      expect(api.status).toBe(401);
      expect(api.body).not.toContain(LORE);
      const page = await answerDuringJwksFetch("/notifications", { cookie });
      expect(page.status).toBe(307);
      expect(page.location).toContain("/signin?next=%2Fnotifications");
      (seen[caseId] ??= []).push(`${fault}: Bearer 401 after ${seconds} s, page → /signin`);
    });
  }
  for (const [caseId, notes] of Object.entries(seen)) recordFault(caseId as FaultCaseId, notes.join("; "));

  await test.step("JWKS answering late, within the app's timeout", async () => {
    proxy.set({ jwks: "slow", slowMs: JWKS_TIMEOUT_MS / 2 });
    await expect
      .poll(async () => (await get("/api/activities/home", { Authorization: `Bearer ${accessToken}` })).status, {
        timeout: 20_000,
      })
      .toBe(200);
    await expect.poll(async () => (await get("/notifications", { cookie })).status, { timeout: 20_000 }).toBe(200);
    expect((await get("/notifications", { cookie })).body).toContain(`@${member.handle}`);
    recordFault("jwks-slow", `answered ${JWKS_TIMEOUT_MS / 2} ms late: Bearer 200, page 200 as the member`);
  });
});

test("after a key rotation, tokens of the old and the new kid both verify", async ({ page }) => {
  proxy.reset();
  const member = await pool.newUser("rotate");
  const old = await pool.tokens(member);
  await signInThroughForm(page, member, `${warm.url}/signin`);
  await expectSignedIn(page, member);
  const oldCookie = await sessionCookieHeader(page);
  expect((await get("/api/activities/home", { Authorization: `Bearer ${old.accessToken}` })).status).toBe(200);
  expect((await get("/notifications", { cookie: oldCookie })).status).toBe(200);

  const rotated = await fetch(`${pool.url}/_emulator/rotate-keys`, {
    method: "POST",
    body: JSON.stringify({ userPoolId: pool.client.userPoolId }),
  });
  expect(rotated.status).toBe(200);
  const fresh = await pool.tokens(member);
  expect(kidOf(fresh.accessToken)).not.toBe(kidOf(old.accessToken));
  await page.context().clearCookies();
  await signInThroughForm(page, member, `${warm.url}/signin`);
  await expectSignedIn(page, member);
  const freshCookie = await sessionCookieHeader(page);

  const before = proxy.hits("jwks");
  for (const [label, headers] of [
    ["new Bearer", { Authorization: `Bearer ${fresh.accessToken}` }],
    ["old Bearer", { Authorization: `Bearer ${old.accessToken}` }],
  ] as const) {
    const answer = await get("/api/activities/home", headers);
    expect(answer.status, label).toBe(200);
    expect(answer.body, label).toContain(LORE);
  }
  for (const [label, cookie] of [
    ["new session", freshCookie],
    ["old session", oldCookie],
  ] as const) {
    const answer = await get("/notifications", { cookie });
    expect(answer.status, label).toBe(200);
    expect(answer.body, label).toContain(`@${member.handle}`);
  }
  recordFault(
    "jwks-rotation",
    `old and new kid: Bearer 200 and page 200; ${proxy.hits("jwks") - before} JWKS fetches to learn the new kid`,
  );
});
