import { test } from "@playwright/test";
import type { NextServer } from "../../tests/stack/next-server";
import { startRedisServer, type RedisServer } from "../../tests/stack/redis-server";
import { recordFault } from "../../tests/security-doc/fault-cases";
import { expect } from "../support/fixtures";
import { get, isSignedIn, signIn, submitForm, submitFormOf } from "./support/app";
import { startFaultApp, startFaultPool, type FaultPool } from "./support/fault-stack";
import { cookieHeaderFrom } from "./support/forms";
import { messagesOn } from "./support/page-text";

// One app whose shared store is a real redis-server that these tests stop, restart and pause.
test.describe.configure({ mode: "default" });

let pool: FaultPool;
let redis: RedisServer;
let app: NextServer;

test.beforeAll(async () => {
  pool = await startFaultPool();
  redis = await startRedisServer();
  app = await startFaultApp(pool, "redis", pool.url, { REDIS_URL: redis.url });
});
test.afterAll(async () => {
  await app?.stop();
  await redis?.close();
  await pool?.stop();
});

const UNAVAILABLE = "We can&#x27;t confirm your sign-in right now. Please try again in a moment.";

test("Redis stopped: pages fail closed with a notice, the API answers 503", async () => {
  const cookie = await signIn(app.url, await pool.newUser("down"));
  await redis.stop();
  try {
    const home = await get(app.url, "/", { cookie });
    const homeHtml = await home.text();
    const protectedPage = await get(app.url, "/notifications", { cookie });
    const api = await get(app.url, "/api/me", { cookie });
    expect(home.status).toBe(200);
    expect(homeHtml).toContain(UNAVAILABLE);
    expect(homeHtml).toContain("Join the party!");
    expect(protectedPage.headers.get("location")).toContain("notice=session-unavailable");
    expect(api.status).toBe(503);
    expect(Number(api.headers.get("retry-after"))).toBeGreaterThan(0);
    recordFault(
      "redis-stopped-pages",
      `home 200, signed-out view with the notice; /notifications ${protectedPage.status} → sign-in with the notice; /api/me ${api.status}`,
    );
  } finally {
    await redis.start();
  }
});

test("Redis stopped: sign-in says the service is unavailable, sign-out still clears the cookie", async () => {
  const user = await pool.newUser("down-sign-in");
  const cookie = await signIn(app.url, user);
  const homeSignedIn = await (await get(app.url, "/", { cookie })).text();
  await redis.stop();
  try {
    const attempt = await submitForm(app.url, "/signin", [
      ["email", user.email],
      ["password", user.password],
    ]);
    const said = messagesOn(await attempt.text());
    expect(said).toContain("The sign-in service is unavailable right now. Please try again shortly.");
    expect(cookieHeaderFrom(attempt)).not.toContain("cruddur-session");
    const signOut = await submitFormOf(homeSignedIn, app.url, "/", [], { form: "signOut", headers: { cookie } });
    const cleared = signOut.headers.getSetCookie().filter((line) => /cruddur-session=;/.test(line));
    expect(cleared.length).toBeGreaterThan(0);
    recordFault(
      "redis-stopped-sign-in",
      `sign-in: “${said.join(" ")}”, no cookie; sign-out ${signOut.status}, cookie cleared`,
    );
  } finally {
    await redis.start();
  }
});

test("Redis restarted: a new sign-in works without restarting the app", async () => {
  const user = await pool.newUser("restart");
  await redis.stop();
  await redis.start();
  const started = Date.now();
  await expect.poll(async () => (await signIn(app.url, user).catch(() => "")) !== "", { timeout: 10_000 }).toBe(true);
  const cookie = await signIn(app.url, user);
  expect(await isSignedIn(app.url, cookie)).toBe(true);
  recordFault("redis-restarted", `signed in ${((Date.now() - started) / 1000).toFixed(1)} s after the restart`);
});

test("Redis paused: pages answer promptly with the notice, and sign-ins come back", async () => {
  const cookie = await signIn(app.url, await pool.newUser("paused"));
  await redis.command(["CLIENT", "PAUSE", "3000", "ALL"]);
  const started = Date.now();
  const home = await get(app.url, "/", { cookie });
  const seconds = (Date.now() - started) / 1000;
  expect(await home.text()).toContain(UNAVAILABLE);
  expect(seconds).toBeLessThan(10);
  await expect.poll(() => isSignedIn(app.url, cookie), { timeout: 15_000 }).toBe(true);
  recordFault("redis-slow", `answered in ${seconds.toFixed(1)} s with the notice; signed in again once Redis answered`);
});
