import { JS_MODES, createUserWithTemporaryPassword } from "./support/account-flows";
import { newTestUser } from "./support/emulator";
import { expect, expectSignedIn, signInThroughForm, test } from "./support/fixtures";

const TEMPORARY = "Temp-Pass-123!";
const CHOSEN = "Chosen-Pass-456!";

async function setNewPassword(page: import("@playwright/test").Page, password: string, again = password) {
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("Confirm new password").fill(again);
  await page.getByRole("button", { name: "Set password" }).click();
}

for (const mode of JS_MODES) {
  test.describe(`administrator-created user ${mode.title}`, () => {
    test.use({ javaScriptEnabled: mode.javaScriptEnabled });

    test("signs in with the temporary password, chooses a new one and lands signed in", async ({ page }) => {
      const user = newTestUser("admin");
      await createUserWithTemporaryPassword(user, TEMPORARY);
      await signInThroughForm(page, { email: user.email, password: TEMPORARY }, "/signin?next=%2Fmessages");
      await expect(page).toHaveURL(/\/new-password$/);
      await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
      await expect(page.locator('input[type="hidden"]:not([name^="$ACTION"])')).toHaveCount(0);

      await setNewPassword(page, CHOSEN, "Not-The-Same-1!");
      await expect(page.getByText("Passwords do not match")).toBeVisible();
      await setNewPassword(page, CHOSEN);
      await expect(page).toHaveURL(/\/messages$/);
      await expectSignedIn(page, user);

      await page.context().clearCookies();
      await signInThroughForm(page, { email: user.email, password: CHOSEN });
      await expect(page).toHaveURL(/\/$/);
    });

    test("an expired challenge goes back to sign-in with a clear message", async ({ page }) => {
      const user = newTestUser("late");
      await createUserWithTemporaryPassword(user, TEMPORARY);
      await signInThroughForm(page, { email: user.email, password: TEMPORARY });
      await expect(page).toHaveURL(/\/new-password$/);
      // The sealed cookie lives 3 minutes, like Cognito's session; its loss is what expiry looks like.
      await page.context().clearCookies({ name: /cruddur-challenge$/ });
      await setNewPassword(page, CHOSEN);
      await expect(page).toHaveURL(/\/signin\?notice=challenge-expired$/);
      await expect(page.getByText("That took too long. Please start again.")).toBeVisible();
    });
  });
}

test("the challenge cookie is sealed, HttpOnly and short-lived", async ({ page }) => {
  const user = newTestUser("seal");
  await createUserWithTemporaryPassword(user, TEMPORARY);
  await signInThroughForm(page, { email: user.email, password: TEMPORARY });
  await expect(page).toHaveURL(/\/new-password$/);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("cruddur-challenge"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.expires ?? 0).toBeLessThanOrEqual(Date.now() / 1000 + 181);
  expect(cookie?.value).not.toContain(user.email);
});
