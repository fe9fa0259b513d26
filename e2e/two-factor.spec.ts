import type { Page } from "@playwright/test";
import { startIsolatedApp, newSecret, type IsolatedApp } from "./security/support/isolated-app";
import { JS_MODES } from "./support/account-flows";
import { Authenticator, TWO_FACTOR_TIMEOUT } from "./support/authenticator";
import { expectNoViolations } from "./support/axe";
import { expect, expectSignedIn, expectSignedOut, signInThroughForm, signOutFromMenu, test } from "./support/fixtures";

const CODE_FIELD = "Authenticator code";

async function readAuthenticatorKey(page: Page): Promise<Authenticator> {
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" }).locator("svg")).toBeVisible();
  return new Authenticator(await page.getByLabel("Setup key").inputValue());
}

async function enterCode(page: Page, code: string, button: string) {
  await page.getByLabel(CODE_FIELD, { exact: true }).fill(code);
  await page.getByRole("button", { name: button }).click();
}

/** From the settings page to a turned-on authenticator, checking each state on the way. */
async function setUpFromSettings(page: Page, axe: boolean): Promise<Authenticator> {
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Two-factor sign-in", level: 3 })).toBeVisible();
  await page.getByRole("link", { name: "Set up two-factor sign-in" }).click();
  await expect(page.getByRole("heading", { name: "Protect your account with an authenticator app" })).toBeVisible();
  if (axe) await expectNoViolations(page);
  await page.getByRole("button", { name: "Set up authenticator app" }).click();
  const app = await readAuthenticatorKey(page);
  const key = await page.getByLabel("Setup key").inputValue();
  expect(key).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
  await page.reload();
  await expect(page.getByLabel("Setup key"), "a reload shows the same key").toHaveValue(key);
  if (axe) await expectNoViolations(page);

  await enterCode(page, app.wrongCode(), "Turn on");
  await expect(page.getByLabel(CODE_FIELD, { exact: true })).toHaveAccessibleDescription(/That code is not right/);
  if (axe) await expectNoViolations(page);
  await page.getByLabel("Device name (optional)").fill("Test phone");
  await enterCode(page, await app.code(), "Turn on");
  await expect(page.getByText("Two-factor sign-in is on. Cruddur will ask for a code")).toBeVisible();
  await expect(page.getByText("On: signing in asks for a code from your authenticator app.")).toBeVisible();
  return app;
}

for (const mode of JS_MODES) {
  test.describe(`two-factor sign-in ${mode.title}`, () => {
    test.use({ javaScriptEnabled: mode.javaScriptEnabled });

    test("set up from settings, sign in with a code, then turn it off after confirming it's you", async ({
      page,
      user,
    }) => {
      test.setTimeout(TWO_FACTOR_TIMEOUT);
      const axe = mode.javaScriptEnabled;
      await signInThroughForm(page, user);
      await expect(page).toHaveURL(/\/$/);
      const app = await setUpFromSettings(page, axe);

      await signOutFromMenu(page);
      await expectSignedOut(page);
      await signInThroughForm(page, user);
      await expect(page).toHaveURL(/\/signin\/code$/);
      await expect(page.getByRole("heading", { name: "Enter your authenticator code" })).toBeVisible();
      if (axe) await expectNoViolations(page);
      await enterCode(page, app.wrongCode(), "Verify");
      await expect(page.getByLabel(CODE_FIELD, { exact: true })).toHaveAccessibleDescription(
        /That code is not right\. Check your authenticator app and try again\./,
      );
      if (axe) await expectNoViolations(page);
      await enterCode(page, await app.code(), "Verify");
      await expect(page).toHaveURL(/\/$/);
      await expectSignedIn(page, user);

      await page.goto("/settings/two-factor");
      await expect(page.getByRole("heading", { name: "Two-factor sign-in is on" })).toBeVisible();
      if (axe) await expectNoViolations(page);
      await page.getByRole("link", { name: "Turn off two-factor sign-in" }).click();
      await expect(page).toHaveURL(/\/settings\/confirm\?then=%2Fsettings%2Ftwo-factor%2Foff$/);
      await page.getByLabel("Password", { exact: true }).fill(user.password);
      await page.getByLabel(CODE_FIELD, { exact: true }).fill(await app.code());
      await page.getByRole("button", { name: "Confirm" }).click();
      await expect(page.getByRole("heading", { name: "Turn off two-factor sign-in?" })).toBeVisible();
      if (axe) await expectNoViolations(page);
      await page.getByRole("button", { name: "Turn off two-factor sign-in" }).click();
      await expect(page.getByText("Two-factor sign-in is off. You'll sign in with your password alone.")).toBeVisible();
      await page.goto("/");
      await expectSignedIn(page, user);

      await signOutFromMenu(page);
      await expectSignedOut(page);
      await signInThroughForm(page, user);
      await expect(page).toHaveURL(/\/$/);
      await expectSignedIn(page, user);
    });

    test("the code step without a pending sign-in says it took too long", async ({ page }) => {
      await page.goto("/signin/code");
      await expect(page).toHaveURL(/\/signin\?notice=step-expired$/);
      await expect(page.getByText("That took too long. Please start again.")).toBeVisible();
    });
  });
}

test.describe("a pool that requires two-factor sign-in", () => {
  test.describe.configure({ mode: "serial" });
  let app: IsolatedApp;

  test.beforeAll(async () => {
    app = await startIsolatedApp("mfa-on", { current: newSecret() }, {}, { mfa: "on" });
  });
  test.afterAll(async () => app?.stop());

  for (const mode of JS_MODES) {
    test(`sets the authenticator up during the first sign-in ${mode.title}`, async ({ browser }) => {
      test.setTimeout(TWO_FACTOR_TIMEOUT);
      const context = await browser.newContext({ baseURL: app.url, javaScriptEnabled: mode.javaScriptEnabled });
      const page = await context.newPage();
      const user = await app.createUser();
      await signInThroughForm(page, user);
      await expect(page).toHaveURL(/\/signin\/code\/setup$/);
      await expect(page.getByRole("heading", { name: "Set up two-factor sign-in" })).toBeVisible();
      const authenticator = await readAuthenticatorKey(page);
      if (mode.javaScriptEnabled) await expectNoViolations(page);
      await enterCode(page, authenticator.wrongCode(), "Verify and sign in");
      await expect(page.getByLabel(CODE_FIELD, { exact: true })).toHaveAccessibleDescription(/That code is not right/);
      await enterCode(page, await authenticator.code(), "Verify and sign in");
      await expect(page).toHaveURL(/\/$/);
      await expectSignedIn(page, user);

      await signOutFromMenu(page);
      await expectSignedOut(page);
      await signInThroughForm(page, user);
      await expect(page).toHaveURL(/\/signin\/code$/);
      await enterCode(page, await authenticator.code(), "Verify");
      await expect(page).toHaveURL(/\/$/);
      await expectSignedIn(page, user);
      await context.close();
    });
  }
});
