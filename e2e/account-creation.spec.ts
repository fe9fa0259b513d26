import { JS_MODES, confirmThroughForm, latestCode, signUpThroughForm } from "./support/account-flows";
import { newTestUser, outbox } from "./support/emulator";
import { expect, expectSignedIn, formAlert, signInThroughForm, test } from "./support/fixtures";
import { stack } from "./support/stack";

for (const mode of JS_MODES) {
  test.describe(`account creation ${mode.title}`, () => {
    test.use({ javaScriptEnabled: mode.javaScriptEnabled });

    test("sign up, confirm with the emailed code and land signed in on the logged-in home", async ({ page }) => {
      const user = newTestUser("new");
      await signUpThroughForm(page, user);
      await expect(page).toHaveURL(`/confirm?email=${encodeURIComponent(user.email)}&sent=sign-up`);
      await expect(page.getByRole("heading", { name: "Confirm your email" })).toBeVisible();
      await expect(page.getByText(`We sent a 6-digit code to ${user.email}.`)).toBeVisible();

      await confirmThroughForm(page, await latestCode(user.email, "SIGN_UP"));
      await expect(page).toHaveURL(/\/$/);
      await expectSignedIn(page, user);
      await expect(page.getByRole("article", { name: "Crud by Lore" })).toBeVisible();
    });

    test("next survives sign-up and confirmation", async ({ page }) => {
      const user = newTestUser("next");
      await signUpThroughForm(page, user, "/signup?next=%2Fnotifications");
      await expect(page).toHaveURL(/\/confirm\?.*next=%2Fnotifications/);
      await confirmThroughForm(page, await latestCode(user.email, "SIGN_UP"));
      await expect(page).toHaveURL(/\/notifications$/);
      await expectSignedIn(page, user);
    });

    test("an email that already has an account is said plainly, with sign-in and recovery offered", async ({
      page,
      user,
    }) => {
      await signUpThroughForm(page, { ...newTestUser("dupe"), email: user.email });
      const alert = formAlert(page);
      await expect(alert).toContainText("An account with this email already exists.");
      await expect(alert.getByRole("link", { name: "Sign in" })).toHaveAttribute(
        "href",
        `/signin?email=${encodeURIComponent(user.email)}`,
      );
      await expect(alert.getByRole("link", { name: "Reset your password" })).toHaveAttribute(
        "href",
        /^\/forgot\?email=/,
      );
      await expect(page.getByLabel("Password", { exact: true })).toHaveValue(
        mode.javaScriptEnabled ? user.password : "",
      );
    });

    test("the server checks the username and the password rules before calling Cognito", async ({ page }) => {
      const user = newTestUser("bad");
      await signUpThroughForm(page, { ...user, handle: "no spaces!", password: "short" });
      await expect(page.getByText("Use 3 to 20 letters, digits or underscores.")).toBeVisible();
      await expect(page.getByText("Your password still needs:")).toBeVisible();
      await expect(page.getByLabel("Username")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel("Username")).toBeFocused();
      await expect(page.getByLabel("Name", { exact: true })).toHaveValue(user.name);
      expect(await outbox(user.email)).toEqual([]);
    });
  });
}

test.describe("sign-up form with JavaScript", () => {
  test("the password checklist follows the typing and announces progress", async ({ page }) => {
    await page.goto("/signup");
    const rules = page.getByRole("listitem").filter({ hasText: /characters|letter|number|symbol/ });
    const met = rules.filter({ hasText: "(done)" });
    await expect(rules).toHaveCount(5);
    await expect(met).toHaveCount(0);
    const password = page.getByLabel("Password", { exact: true });
    await password.fill("abcdefgh");
    await expect(met).toHaveText([/8 characters/, /lowercase letter/]);
    await expect(page.getByText("2 of 5 password rules met.")).toBeAttached();
    await password.fill("Abcdefg1!");
    await expect(page.getByText("5 of 5 password rules met.")).toBeAttached();
    await expect(password).toHaveAttribute("autocomplete", "new-password");
  });

  test("a signed-in visitor is sent home", async ({ page, user }) => {
    await signInThroughForm(page, user);
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/signup");
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe("account creation with a confidential app client (SECRET_HASH)", () => {
  test.use({ baseURL: async ({}, provide) => provide(stack().confidential.url) });

  test("sign up, confirm and land signed in", async ({ page }) => {
    const user = newTestUser("secret");
    await signUpThroughForm(page, user);
    await confirmThroughForm(page, await latestCode(user.email, "SIGN_UP"));
    await expect(page).toHaveURL(/\/$/);
    await expectSignedIn(page, user);
  });
});
