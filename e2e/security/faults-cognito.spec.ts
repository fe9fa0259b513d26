import { test, type BrowserContext, type Page } from "@playwright/test";
import { AUTH_ERRORS } from "../../lib/cognito/error-catalogue";
import type { NextServer } from "../../tests/stack/next-server";
import { expect, expectSignedIn, formAlert, signInThroughForm } from "../support/fixtures";
import { recordFault } from "../../tests/security-doc/fault-cases";
import { startFaultProxy, type CognitoException, type FaultProxy } from "./support/fault-proxy";
import { SHORT_ACCESS_TOKEN_SECONDS, startFaultApp, startFaultPool, type FaultPool } from "./support/fault-stack";

// The app signs in with the confidential 5-second client, through a proxy that can throttle or hang Cognito.
test.describe.configure({ mode: "default" });

const LORE = "My dear brother, it the humans that are the problem";
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const hasSessionCookie = async (context: BrowserContext) =>
  (await context.cookies()).some((cookie) => /cruddur-session/.test(cookie.name));
const waitForAccessTokenToExpire = (page: Page) => page.waitForTimeout((SHORT_ACCESS_TOKEN_SECONDS + 1) * 1000);

let pool: FaultPool;
let proxy: FaultProxy;
let app: NextServer;

test.beforeAll(async () => {
  pool = await startFaultPool({ shortTokens: true });
  proxy = await startFaultProxy(pool.url);
  app = await startFaultApp(pool, "cognito", proxy.url);
});

test.beforeEach(() => proxy.reset());

test.afterAll(async () => {
  await app?.stop();
  await proxy?.close();
  await pool?.stop();
});

const throttles: [
  CognitoException,
  "throttled" | "limit-exceeded",
  "throttled-sign-in-toomanyrequests" | "throttled-sign-in-limitexceeded",
][] = [
  ["TooManyRequestsException", "throttled", "throttled-sign-in-toomanyrequests"],
  ["LimitExceededException", "limit-exceeded", "throttled-sign-in-limitexceeded"],
];

for (const [exception, code, caseId] of throttles) {
  test(`sign-in throttled with ${exception}: a try-again message and no session`, async ({ page }) => {
    const user = await pool.newUser("throttle");
    proxy.set({ exceptions: { InitiateAuth: exception } });
    await signInThroughForm(page, user, `${app.url}/signin`);
    await expect(formAlert(page)).toHaveText(AUTH_ERRORS[code].message);
    await expect(page).toHaveURL(`${app.url}/signin`);
    expect(await hasSessionCookie(page.context())).toBe(false);
    expect(proxy.hits("InitiateAuth:USER_PASSWORD_AUTH")).toBeGreaterThan(0);

    proxy.reset();
    await signInThroughForm(page, user, `${app.url}/signin`);
    await expectSignedIn(page, user);
    recordFault(caseId, `“${AUTH_ERRORS[code].message}”, no session cookie; signs in once Cognito answers`);
  });
}

test("Cognito that never answers: sign-in still answers, with the service-unavailable message", async ({ page }) => {
  const user = await pool.newUser("hang");
  proxy.set({ hangCognito: true });
  const started = Date.now();
  await signInThroughForm(page, user, `${app.url}/signin`);
  // The bound is the SDK's request timeout and retries, well inside this wait.
  await expect(formAlert(page)).toHaveText(AUTH_ERRORS["service-unavailable"].message, { timeout: 40_000 });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  expect(await hasSessionCookie(page.context())).toBe(false);
  recordFault("cognito-hangs", `service-unavailable message after ${seconds} s; no session cookie`);
});

test("the feed API keeps serving a valid token while GetUser is throttled", async ({ request }) => {
  const member = await pool.newUser("feed");
  const { accessToken } = await pool.tokens(member);
  proxy.set({ exceptions: { GetUser: "TooManyRequestsException" } });
  const response = await request.get(`${app.url}/api/activities/home`, { headers: bearer(accessToken) });
  expect(response.status()).toBe(200);
  expect(((await response.json()) as { message: string }[])[0]?.message).toBe(LORE);
  recordFault("throttled-api-feed", "200 with Lore's crud");
});

test("/api/me answers 429 with Retry-After while GetUser is throttled", async ({ request }) => {
  const member = await pool.newUser("me");
  const { accessToken } = await pool.tokens(member);
  proxy.set({ exceptions: { GetUser: "TooManyRequestsException" } });
  const response = await request.get(`${app.url}/api/me`, { headers: bearer(accessToken) });
  expect({ status: response.status(), body: await response.text() }).toMatchObject({ status: 429 });
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  expect(response.headers()["content-type"]).toContain("application/json");
  recordFault("throttled-api-me", `429, Retry-After: ${response.headers()["retry-after"]}`);
});

test("a throttled refresh does not sign the member out for good", async ({ page }) => {
  const member = await pool.newUser("refresh");
  await signInThroughForm(page, member, `${app.url}/signin`);
  await expectSignedIn(page, member);
  await waitForAccessTokenToExpire(page);

  proxy.set({ exceptions: { InitiateAuth: "TooManyRequestsException" } });
  const during = await page.request.get(`${app.url}/notifications`, { maxRedirects: 0 });
  expect(during.status()).toBeLessThan(500);

  proxy.reset();
  await page.goto(`${app.url}/notifications`);
  await expect(page).toHaveURL(`${app.url}/notifications`);
  await expectSignedIn(page, member);
  recordFault(
    "throttled-refresh",
    `answered ${during.status()} while throttled; signed in again once Cognito answered`,
  );
});

test("50 parallel requests with one expiring session all stay signed in", async ({ page }) => {
  const member = await pool.newUser("burst");
  await signInThroughForm(page, member, `${app.url}/signin`);
  await expectSignedIn(page, member);
  await waitForAccessTokenToExpire(page);

  const before = proxy.hits("InitiateAuth:REFRESH_TOKEN_AUTH");
  const paths = ["/", "/notifications", "/messages", "/api/activities/home", "/api/me"];
  const responses = await Promise.all(
    Array.from({ length: 50 }, (_, i) => page.request.get(`${app.url}${paths[i % paths.length]}`, { maxRedirects: 0 })),
  );
  const answers = await Promise.all(
    responses.map(async (response) => ({ status: response.status(), body: await response.text() })),
  );
  const signedIn = answers.filter(
    ({ status, body }) =>
      status === 200 && (body.includes(`@${member.handle}`) || body.includes(LORE) || body.includes(member.email)),
  );
  expect(answers.filter((answer) => !signedIn.includes(answer)).map(({ status }) => status)).toEqual([]);
  const refreshes = proxy.hits("InitiateAuth:REFRESH_TOKEN_AUTH") - before;

  await page.goto(`${app.url}/notifications`);
  await expectSignedIn(page, member);
  recordFault("concurrent-refresh", `50/50 signed-in answers; ${refreshes} REFRESH_TOKEN_AUTH calls reached Cognito`);
});
