import type { Browser, Page } from "@playwright/test";
import { JS_MODES } from "./support/account-flows";
import { expectNoViolations } from "./support/axe";
import { expect, expectSignedIn, expectSignedOut, formAlert, signInThroughForm, test } from "./support/fixtures";

const NEW_PASSWORD = "Fresh-Pass-2026!";

async function signedIn(page: Page, user: { email: string; password: string }): Promise<Page> {
  await signInThroughForm(page, user);
  await expect(page).toHaveURL(/\/$/);
  return page;
}

const signedInElsewhere = async (browser: Browser, user: { email: string; password: string }) =>
  signedIn(await browser.newPage(), user);

async function openSettings(page: Page) {
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
}

const deviceList = (page: Page) => page.getByRole("list", { name: "Your sign-ins" });

test("the settings page is for signed-in people, and the account menu leads to it", async ({ page, user }) => {
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin\?next=%2Fsettings$/);
  await signInThroughForm(page, user, page.url());
  await expect(page).toHaveURL(/\/settings$/);
  await page.goto("/");
  await page.locator("summary").filter({ hasText: "Account menu" }).click();
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Sign-in and security" })).toBeVisible();
  await expectNoViolations(page);
});

for (const mode of JS_MODES) {
  test.describe(`change password ${mode.title}`, () => {
    test.use({ javaScriptEnabled: mode.javaScriptEnabled });

    test("signs every other device out and keeps this one", async ({ browser, page, user }) => {
      const other = await signedInElsewhere(browser, user);
      await signedIn(page, user);
      await openSettings(page);
      await page.getByLabel("Current password").fill(user.password);
      await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel("Confirm new password").fill(NEW_PASSWORD);
      await page.getByRole("button", { name: "Change password" }).click();
      await expect(page.getByText("Your password is changed. Every other device has been signed out.")).toBeVisible();
      await page.goto("/");
      await expectSignedIn(page, user);

      await other.reload();
      await expectSignedOut(other);
      await signInThroughForm(other, user);
      await expect(formAlert(other)).toHaveText("Incorrect email or password.");
      await signInThroughForm(other, { ...user, password: NEW_PASSWORD });
      await expectSignedIn(other, user);
      await other.close();
    });

    test("a wrong current password is said at its field", async ({ page, user }) => {
      await signedIn(page, user);
      await openSettings(page);
      await page.getByLabel("Current password").fill("Not-My-Password-1!");
      await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel("Confirm new password").fill(NEW_PASSWORD);
      await page.getByRole("button", { name: "Change password" }).click();
      await expect(page.getByLabel("Current password")).toHaveAccessibleDescription(
        "That is not your current password.",
      );
    });
  });
}

test.describe("where you're signed in", () => {
  test("lists this device and another, and ends the other at its next request", async ({ browser, page, user }) => {
    const other = await signedInElsewhere(browser, user);
    await signedIn(page, user);
    await openSettings(page);
    const devices = deviceList(page).getByRole("listitem");
    await expect(devices).toHaveCount(2);
    await expect(devices.first()).toContainText("this device");
    await expect(devices.first()).toContainText(/Chrom(e|ium) on Linux|Chrom/);
    await expectNoViolations(page);

    await devices
      .nth(1)
      .getByRole("button", { name: /^Sign out/ })
      .click();
    await expect(page.getByText("That device has been signed out.")).toBeVisible();
    await expect(deviceList(page).getByRole("listitem")).toHaveCount(1);
    await other.reload();
    await expectSignedOut(other);
    await other.close();
  });

  test("signs out of all other devices at once", async ({ browser, page, user }) => {
    const others = [await signedInElsewhere(browser, user), await signedInElsewhere(browser, user)];
    await signedIn(page, user);
    await openSettings(page);
    await page.getByRole("button", { name: "Sign out of all other devices" }).click();
    await expect(page.getByText("Every other device has been signed out.")).toBeVisible();
    for (const other of others) {
      await other.reload();
      await expectSignedOut(other);
      await other.close();
    }
    await page.goto("/");
    await expectSignedIn(page, user);
  });
});

test.describe("confirm it's you", () => {
  for (const mode of JS_MODES) {
    test(`asks for the password and returns to the settings ${mode.title}`, async ({ browser, user, baseURL }) => {
      const context = await browser.newContext({ baseURL, javaScriptEnabled: mode.javaScriptEnabled });
      const page = await context.newPage();
      await signedIn(page, user);
      await page.goto("/settings/confirm?then=%2Fsettings");
      await expect(page.getByRole("heading", { name: "Enter your password to continue" })).toBeVisible();
      // axe runs inside the page, so only where JavaScript runs.
      if (mode.javaScriptEnabled) await expectNoViolations(page);
      await page.getByLabel("Password", { exact: true }).fill("Wrong-Password-9!");
      await page.getByRole("button", { name: "Confirm" }).click();
      await expect(page.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(
        "That password is not right.",
      );
      await page.getByLabel("Password", { exact: true }).fill(user.password);
      await page.getByRole("button", { name: "Confirm" }).click();
      await expect(page).toHaveURL(/\/settings$/);
      await context.close();
    });
  }

  test("returns only to a settings page", async ({ page, user }) => {
    await signedIn(page, user);
    await page.goto("/settings/confirm?then=https%3A%2F%2Fevil.example");
    await page.getByLabel("Password", { exact: true }).fill(user.password);
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect(page).toHaveURL(/\/settings$/);
  });
});
