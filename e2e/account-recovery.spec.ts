import { JS_MODES, latestCode, requestRecoveryCode, resetThroughForm } from "./support/account-flows";
import { expect, expectSignedIn, formAlert, signInThroughForm, test } from "./support/fixtures";

const NEW_PASSWORD = "Brand-New-Pass-7!";

for (const mode of JS_MODES) {
  test.describe(`password recovery ${mode.title}`, () => {
    test.use({ javaScriptEnabled: mode.javaScriptEnabled });

    test("forgot, reset, then only the new password signs in", async ({ page, user }) => {
      await requestRecoveryCode(page, user.email);
      await expect(
        page.getByText(`If an account exists for that email, we sent a code to ${user.email}.`),
      ).toBeVisible();
      await page.reload();
      await expect(page.getByLabel("Code", { exact: true })).toBeVisible();

      await resetThroughForm(page, await latestCode(user.email, "FORGOT_PASSWORD"), NEW_PASSWORD);
      await expect(page.getByText("Your password has been successfully reset!")).toBeVisible();
      await page.reload();
      await expect(page.getByText("Your password has been successfully reset!")).toBeVisible();
      await page.getByRole("link", { name: "Sign in", exact: true }).click();
      await expect(page.getByRole("status").filter({ hasText: "Your password has been reset." })).toBeVisible();
      await expect(page.getByLabel("Email")).toHaveValue(user.email);

      await signInThroughForm(page, user);
      await expect(formAlert(page)).toHaveText("Incorrect email or password.");
      await signInThroughForm(page, { email: user.email, password: NEW_PASSWORD });
      await expect(page).toHaveURL(/\/$/);
      await expectSignedIn(page, user);
    });

    test("step 2 reports mismatched passwords, policy failures and wrong codes on their fields", async ({
      page,
      user,
    }) => {
      await requestRecoveryCode(page, user.email);
      await resetThroughForm(page, "123456", NEW_PASSWORD, "Something-Else-1!");
      await expect(page.getByText("Passwords do not match")).toBeVisible();
      await expect(page.getByLabel("Confirm new password")).toHaveAttribute("aria-invalid", "true");

      await resetThroughForm(page, "123456", "weak", "weak");
      await expect(page.getByText("Your password still needs:")).toBeVisible();
      await expect(page.getByLabel("New password", { exact: true })).toBeFocused();

      await resetThroughForm(page, "000000", NEW_PASSWORD);
      await expect(page.getByText("That code is not right. Check the latest email and try again.")).toBeVisible();
      await expect(page.getByLabel("Code", { exact: true })).toBeFocused();
      expect(await page.content()).not.toContain(NEW_PASSWORD);
    });

    test("a different email starts over at step 1", async ({ page, user }) => {
      await requestRecoveryCode(page, user.email);
      await page.getByRole("button", { name: "Use a different email" }).click();
      await expect(page.getByRole("button", { name: "Email me a code" })).toBeVisible();
      await expect(page.getByLabel("Email")).toHaveValue(user.email);
    });
  });
}

test("the recovery state sits in a sealed HttpOnly cookie, not in the page", async ({ page, user }) => {
  await requestRecoveryCode(page, user.email);
  await expect(page.getByLabel("Code", { exact: true })).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("cruddur-recovery"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  expect(cookie?.value).not.toContain("cruddur.test");
  await expect(page.locator('input[type="hidden"]:not([name^="$ACTION"])')).toHaveCount(0);
});
