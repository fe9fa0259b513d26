import {
  confirmThroughForm,
  createUserWithTemporaryPassword,
  latestCode,
  requestRecoveryCode,
  resetThroughForm,
  signUpThroughForm,
} from "./support/account-flows";
import { expectNoViolations } from "./support/axe";
import { newTestUser } from "./support/emulator";
import { expect, formAlert, signInThroughForm, test } from "./support/fixtures";

test.describe("accessibility of the auth pages (axe-core)", () => {
  test("sign-in, empty and with errors", async ({ page }) => {
    await page.goto("/signin");
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Enter your email address.")).toBeVisible();
    await expectNoViolations(page);
  });

  test("sign-up, empty, with errors and with an existing email", async ({ page, user }) => {
    await page.goto("/signup");
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Sign up" }).click();
    await expect(page.getByText("Enter your name.")).toBeVisible();
    await expectNoViolations(page);
    await signUpThroughForm(page, { ...newTestUser("a11y"), email: user.email });
    await expect(formAlert(page)).toContainText("already exists");
    await expectNoViolations(page);
  });

  test("confirmation: the form, an error, and after a resend", async ({ page }) => {
    const person = newTestUser("a11y");
    await signUpThroughForm(page, person);
    await expect(page).toHaveURL(/\/confirm\?/);
    await expectNoViolations(page);
    await confirmThroughForm(page, "000000");
    await expect(page.getByLabel("Code", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Send a new code" }).click();
    await expect(page.getByText("We sent a new code to your email.")).toBeVisible();
    await expectNoViolations(page);
    await confirmThroughForm(page, await latestCode(person.email, "RESEND"));
    await expect(page).toHaveURL(/\/$/);
    await expectNoViolations(page);
  });

  test("recovery: all three steps and step 2 with errors", async ({ page, user }) => {
    await page.goto("/forgot");
    await expectNoViolations(page);
    await requestRecoveryCode(page, user.email);
    await expect(page.getByLabel("Code", { exact: true })).toBeVisible();
    await expectNoViolations(page);
    await resetThroughForm(page, "000000", "weak", "other");
    await expect(page.getByText("Passwords do not match")).toBeVisible();
    await expectNoViolations(page);
    await resetThroughForm(page, await latestCode(user.email, "FORGOT_PASSWORD"), "Brand-New-Pass-7!");
    await expect(page.getByText("Your password has been successfully reset!")).toBeVisible();
    await expectNoViolations(page);
  });

  test("the new-password step", async ({ page }) => {
    const person = newTestUser("a11y");
    await createUserWithTemporaryPassword(person, "Temp-Pass-123!");
    await signInThroughForm(page, { email: person.email, password: "Temp-Pass-123!" });
    await expect(page).toHaveURL(/\/new-password$/);
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Set password" }).click();
    await expect(page.getByText("Choose a password.")).toBeVisible();
    await expectNoViolations(page);
  });
});
