import { expect, expectSignedIn, formAlert, test } from "./support/fixtures";

// A server action body over 1 MB is refused (413) before any action runs: a real unexpected
// failure, which must reach the error boundary rather than the form's own messages.
const OVER_THE_BODY_LIMIT = "x".repeat(1024 * 1024 + 1);

test("an unexpected failure on an auth page shows the error page, never the server's message, and Try again recovers", async ({
  page,
  user,
}) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(OVER_THE_BODY_LIMIT);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();

  await expect(page.getByRole("heading", { name: "Something went wrong", level: 1 })).toBeVisible();
  await expect(formAlert(page)).toHaveText("We couldn't finish that. Please try again in a moment.");
  await expect(page.getByRole("main")).not.toContainText(/exceeded|limit|Error/i);
  await expect(page.getByRole("link", { name: "Cruddur" })).toHaveAttribute("href", "/");
  await expect(page.getByRole("link", { name: "Back to home" })).toHaveAttribute("href", "/");

  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "Sign into your Cruddur account" })).toBeVisible();
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expectSignedIn(page, user);
});
