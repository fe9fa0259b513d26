import type { Page } from "@playwright/test";
import { JS_MODES } from "./support/account-flows";
import { expectNoViolations } from "./support/axe";
import type { TestUser } from "./support/emulator";
import { expect, expectSignedIn, expectSignedOut, formAlert, signInThroughForm, test } from "./support/fixtures";

async function signIn(page: Page, user: TestUser) {
  await signInThroughForm(page, user);
  await expect(page).toHaveURL(/\/$/, { timeout: 20_000 });
}

async function openDelete(page: Page, user: TestUser) {
  await page.goto("/settings");
  await page.getByRole("region", { name: "Delete account" }).getByRole("link", { name: "Delete your account" }).click();
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("heading", { name: "This cannot be undone" })).toBeVisible();
}

const confirmField = (page: Page) => page.getByLabel("Type your email address to confirm");

for (const mode of JS_MODES) {
  test.describe(`delete account ${mode.title}`, () => {
    test("after confirming it's you and typing the email, every device is signed out and the account is gone", async ({
      browser,
      baseURL,
      user,
    }) => {
      test.slow();
      const elsewhere = await browser.newPage({ baseURL });
      await signIn(elsewhere, user);
      const context = await browser.newContext({ baseURL, javaScriptEnabled: mode.javaScriptEnabled });
      const page = await context.newPage();
      await signIn(page, user);
      await openDelete(page, user);
      if (mode.javaScriptEnabled) await expectNoViolations(page);

      await confirmField(page).fill("someone-else@cruddur.test");
      await page.getByRole("button", { name: "Delete my account" }).click();
      await expect(confirmField(page)).toHaveAccessibleDescription(/That is not your account's email address\./);
      if (mode.javaScriptEnabled) await expectNoViolations(page);
      await page.goto("/");
      await expectSignedIn(page, user);

      await page.goto("/settings/delete");
      await confirmField(page).fill(user.email.toUpperCase());
      await page.getByRole("button", { name: "Delete my account" }).click();
      await expect(page).toHaveURL(/\/\?notice=account-deleted$/);
      await expect(page.getByText("Your account is deleted and you have been signed out everywhere.")).toBeVisible();
      await expectSignedOut(page);
      if (mode.javaScriptEnabled) await expectNoViolations(page);

      await elsewhere.reload();
      await expectSignedOut(elsewhere);
      await signInThroughForm(elsewhere, user);
      await expect(formAlert(elsewhere)).toHaveText("Incorrect email or password.");
      await elsewhere.close();
      await context.close();
    });
  });
}
