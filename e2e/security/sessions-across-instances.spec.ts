import { test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { expect, expectSignedIn, expectSignedOut, signInThroughForm, signOutFromMenu } from "../support/fixtures";
import { record } from "./support/record";
import { INSTANCE_HEADER } from "./support/balancer";
import { startInstancePair, type InstancePair } from "./support/instance-pair";
import { SHORT_ACCESS_TOKEN_SECONDS } from "./support/fault-stack";

// Two `next start` instances with one session secret and one real redis-server, behind one origin
// (a load balancer in miniature); a header pins a request to instance A or B.
test.describe.configure({ mode: "default" });

let pair: InstancePair;
test.beforeAll(async () => (pair = await startInstancePair("pair")));
test.afterAll(async () => pair?.stop());

const on = (instance: "a" | "b") => ({ [INSTANCE_HEADER]: instance });
const pin = (page: Page, instance: "a" | "b") => page.setExtraHTTPHeaders(on(instance));
const front = () => pair.front.url;
const cookieHeader = async (context: BrowserContext) =>
  (await context.cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
const signedInAs = async (request: APIRequestContext, instance: "a" | "b", cookie: string) => {
  const html = await (
    await request.get(`${front()}/`, { headers: { cookie, ...on(instance) }, maxRedirects: 0 })
  ).text();
  return /Account menu/.test(html);
};
const outboxCount = async (email: string, kind: string) => {
  const response = await fetch(`${pair.pool.url}/_emulator/outbox?email=${encodeURIComponent(email)}`);
  return ((await response.json()) as { kind: string }[]).filter((message) => message.kind === kind).length;
};
const wrongPassword = async (page: Page, instance: "a" | "b", email: string) => {
  await pin(page, instance);
  await signInThroughForm(page, { email, password: "Not-The-Password-1!" }, `${front()}/signin`);
  return (await page.getByRole("alert").filter({ hasText: /\w/ }).first().textContent())?.trim();
};

test("a sign-in on A works on B, and a sign-out on A ends it on B at once", async ({ page }) => {
  const user = await pair.pool.newUser("pair");
  await pin(page, "a");
  await signInThroughForm(page, user, `${front()}/signin`);
  await expectSignedIn(page, user);
  await pin(page, "b");
  await page.goto(`${front()}/`);
  await expectSignedIn(page, user);
  const captured = await page.context().cookies();

  await pin(page, "a");
  await signOutFromMenu(page);
  await expectSignedOut(page);
  await page.context().addCookies(captured);
  await pin(page, "b");
  await page.goto(`${front()}/`);
  await expectSignedOut(page);
  const me = await page.request.get(`${front()}/api/me`, { headers: on("b") });
  expect(me.status()).toBe(401);
  record({
    case: "Two instances: a cookie replayed on B right after sign-out on A",
    expected: "signed out at once on B",
    observed: `B shows the signed-out view; /api/me on B answers ${me.status()}`,
    asvs: ["V7.4.1"],
  });
});

test("sign out of all devices on B ends a session that lives on A", async ({ browser }) => {
  const user = await pair.pool.newUser("everywhere");
  const phone = await browser.newPage();
  const laptop = await browser.newPage();
  await pin(phone, "a");
  await pin(laptop, "b");
  await signInThroughForm(phone, user, `${front()}/signin`);
  await expectSignedIn(phone, user);
  await signInThroughForm(laptop, user, `${front()}/signin`);
  await signOutFromMenu(laptop, "Sign out of all devices");
  await expect(laptop.getByText("You have been signed out on all your devices.")).toBeVisible();

  await phone.goto(`${front()}/`);
  await expectSignedOut(phone);
  await Promise.all([phone.close(), laptop.close()]);
  record({
    case: "Two instances: sign out of all devices on B, with a session signed in on A",
    expected: "the session on A is signed out at its next request",
    observed: "A shows the signed-out view",
    asvs: ["V7.4.1", "V7.5.2"],
  });
});

test("failed sign-ins add up across instances, for known and unknown emails alike", async ({ browser }) => {
  const known = await pair.pool.newUser("failures");
  const seen: Record<string, string | undefined> = {};
  for (const email of [known.email, `nobody-${Date.now()}@cruddur.test`]) {
    const page = await browser.newPage();
    for (let attempt = 1; attempt <= 5; attempt++) await wrongPassword(page, attempt % 2 ? "a" : "b", email);
    seen[email] = await wrongPassword(page, "b", email);
    await page.close();
  }
  expect(seen[known.email]).toBe("Too many failed sign-in attempts. Please wait a few minutes and try again.");
  expect(Object.values(seen)[1]).toBe(seen[known.email]);
  record({
    case: "Two instances: five wrong passwords split between A and B, then a sixth",
    expected: "the same lockout text for an existing and an unknown email",
    observed: `both: “${seen[known.email]}”`,
    asvs: ["V6.3.1", "V6.3.8"],
  });
});

test("a recovery code cooldown holds across instances and browsers", async ({ browser }) => {
  const user = await pair.pool.newUser("cooldown");
  for (const instance of ["a", "b"] as const) {
    const page = await browser.newPage();
    await pin(page, instance);
    await page.goto(`${front()}/forgot`);
    await page.getByLabel("Email").fill(user.email);
    await page.getByRole("button", { name: "Email me a code" }).click();
    await expect(page.getByLabel("Code", { exact: true })).toBeVisible();
    await page.close();
  }
  expect(await outboxCount(user.email, "FORGOT_PASSWORD")).toBe(1);
  record({
    case: "Two instances: recovery codes asked for on A and, from another browser, on B",
    expected: "one email within the cooldown",
    observed: `${await outboxCount(user.email, "FORGOT_PASSWORD")} email`,
    asvs: ["V6.3.1"],
  });
});

test("ten parallel requests of one expiring sign-in across both instances make one refresh", async ({ page }) => {
  const user = await pair.pool.newUser("refresh");
  await signInThroughForm(page, user, `${front()}/signin`);
  await expectSignedIn(page, user);
  await page.waitForTimeout((SHORT_ACCESS_TOKEN_SECONDS + 1) * 1000);
  const cookie = await cookieHeader(page.context());
  const before = pair.proxy.hits("InitiateAuth:REFRESH_TOKEN_AUTH");
  const answers = await Promise.all(
    Array.from({ length: 10 }, (_, i) => signedInAs(page.request, i % 2 ? "a" : "b", cookie)),
  );
  const refreshes = pair.proxy.hits("InitiateAuth:REFRESH_TOKEN_AUTH") - before;
  expect(answers.every(Boolean)).toBe(true);
  expect(refreshes).toBe(1);
  record({
    case: "Two instances: ten parallel requests of one expired session, alternating A and B",
    expected: "one refresh at Cognito; every request answers signed in",
    observed: `${refreshes} refresh; ${answers.filter(Boolean).length} of 10 signed in`,
    asvs: ["V2.4.1"],
  });
});
