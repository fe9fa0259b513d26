import { test, type BrowserContext } from "@playwright/test";
import { AUTH_ERRORS } from "../../lib/cognito/error-catalogue";
import type { NextServer } from "../../tests/stack/next-server";
import {
  expect,
  expectSignedIn,
  expectSignedOut,
  formAlert,
  signInThroughForm,
  signOutFromMenu,
} from "../support/fixtures";
import { recordFault } from "../../tests/security-doc/fault-cases";
import { startFaultApp, startFaultPool, type FaultPool } from "./support/fault-stack";

// One emulator and one app server of their own: the test stops the emulator under the app.
test.describe.configure({ mode: "default" });

const LORE = "My dear brother, it the humans that are the problem";
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const hasSessionCookie = async (context: BrowserContext) =>
  (await context.cookies()).some((cookie) => /cruddur-session/.test(cookie.name));

let pool: FaultPool;
let app: NextServer;

test.beforeAll(async () => {
  pool = await startFaultPool();
  app = await startFaultApp(pool, "outage");
});

test.afterAll(async () => {
  await app?.stop();
  await pool?.stop();
});

test("with the emulator stopped, members keep browsing, sign-in says unavailable, sign-out still works", async ({
  page,
  browser,
}) => {
  const member = await pool.newUser("outage");
  const stranger = await pool.newUser("outage");
  const [warm, unused] = [await pool.tokens(member), await pool.tokens(member)];
  await signInThroughForm(page, member, `${app.url}/signin`);
  await expectSignedIn(page, member);
  // Route handlers keep a JWKS cache of their own (a separate bundle): an API client mid-session has used it.
  expect((await page.request.get(`${app.url}/api/me`, { headers: bearer(warm.accessToken) })).status()).toBe(200);

  await pool.stop();

  await test.step("signed-in pages and the Bearer API answer from the verified session", async () => {
    for (const path of ["/", "/notifications", "/messages"]) {
      await page.goto(`${app.url}${path}`);
      await expect(page).toHaveURL(`${app.url}${path}`);
      await expectSignedIn(page, member);
    }
    // A token the app has not seen: the feed verifies it against the cached JWKS and never asks Cognito.
    const feed = await page.request.get(`${app.url}/api/activities/home`, { headers: bearer(unused.accessToken) });
    expect(feed.status()).toBe(200);
    expect(((await feed.json()) as { message: string }[])[0]?.message).toBe(LORE);
    recordFault("outage-pages", "/, /notifications, /messages rendered signed in; Bearer feed 200 with Lore's crud");
  });

  await test.step("sign-in says the service is unavailable and starts no session", async () => {
    const context = await browser.newContext();
    const visitor = await context.newPage();
    const started = Date.now();
    await signInThroughForm(visitor, stranger, `${app.url}/signin`);
    await expect(formAlert(visitor)).toHaveText(AUTH_ERRORS["service-unavailable"].message);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    expect(await hasSessionCookie(context)).toBe(false);
    await context.close();
    recordFault(
      "outage-sign-in",
      `“${AUTH_ERRORS["service-unavailable"].message}” after ${seconds} s; no session cookie`,
    );
  });

  await test.step("sign-out clears the session locally, and the old cookie is refused when replayed", async () => {
    const stolen = await page.context().cookies();
    await page.goto(`${app.url}/`);
    await signOutFromMenu(page);
    await expectSignedOut(page);
    expect(await hasSessionCookie(page.context())).toBe(false);
    await page.context().addCookies(stolen);
    await page.goto(`${app.url}/notifications`);
    await expect(page).toHaveURL(/\/signin\?next=%2Fnotifications$/);
    recordFault("outage-sign-out", "signed out; replayed cookie redirected to /signin");
  });
});
