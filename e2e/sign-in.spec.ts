import { expect, expectSignedIn, signInThroughForm, test } from "./support/fixtures";
import { stack } from "./support/stack";

test.describe("sign-in", () => {
  test("the demo account signs in and sees the logged-in home", async ({ page }) => {
    await signInThroughForm(page, stack().demo);
    await expect(page).toHaveURL(/\/$/);
    await expectSignedIn(page, stack().demo);
    await expect(page.getByRole("article", { name: "Crud by Lore" })).toBeVisible();
  });

  test("wrong password and unknown email read the same", async ({ page, user }) => {
    await signInThroughForm(page, { email: user.email, password: "Not-The-Password-1!" });
    const alert = page.locator("[data-form-alert]");
    await expect(alert).toHaveText("Incorrect email or password.");
    await expect(page.getByLabel("Email")).toHaveValue(user.email);
    await expect(page.getByLabel("Password")).toHaveValue("");

    await signInThroughForm(page, { email: `nobody-${Date.now()}@cruddur.test`, password: "Not-The-Password-1!" });
    await expect(alert).toHaveText("Incorrect email or password.");
    expect(await page.context().cookies()).toEqual([]);
  });

  test("an empty form gets field errors, not a round trip to Cognito", async ({ page }) => {
    await page.goto("/signin");
    await page.getByRole("button", { name: "Sign In", exact: true }).click();
    await expect(page.getByText("Enter your email address.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  });
});

test.describe("sign-in without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a plain form POST signs in", async ({ page, user }) => {
    await signInThroughForm(page, user);
    await expect(page).toHaveURL(/\/$/);
    await expectSignedIn(page, user);
  });

  test("a wrong password is reported on the server-rendered page", async ({ page, user }) => {
    await signInThroughForm(page, { email: user.email, password: "Not-The-Password-1!" });
    await expect(page.locator("[data-form-alert]")).toHaveText("Incorrect email or password.");
    await expect(page.getByLabel("Email")).toHaveValue(user.email);
  });
});
