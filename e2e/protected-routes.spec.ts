import { expect, expectSignedIn, signInThroughForm, test } from "./support/fixtures";

test.describe("protected routes", () => {
  for (const path of ["/notifications", "/messages", "/messages/@worf"]) {
    test(`${path} sends a signed-out visitor to sign-in`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(`/signin?next=${encodeURIComponent(path)}`);
      await expect(page.getByRole("heading", { name: "Sign into your Cruddur account" })).toBeVisible();
    });
  }

  test("signing in returns to the page that asked for it", async ({ page, user }) => {
    await page.goto("/notifications");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/notifications$/);
    await expect(page.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
  });

  for (const next of [
    "//evil.example",
    "/\\evil.example",
    "https:evil.example",
    "%2F%2Fevil.example",
    "javascript:alert(1)",
  ]) {
    test(`next=${next} falls back to the home page`, async ({ page, user, baseURL }) => {
      await signInThroughForm(page, user, `/signin?next=${encodeURIComponent(next)}`);
      await expect(page).toHaveURL(new URL("/", baseURL).href);
      await expectSignedIn(page, user);
    });
  }

  test("a signed-in member who opens /signin goes home", async ({ page, user }) => {
    await signInThroughForm(page, user);
    await expectSignedIn(page, user);
    await page.goto("/signin");
    await expect(page).toHaveURL(/\/$/);
  });
});
