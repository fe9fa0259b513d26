import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, formAlert, test } from "./support/fixtures";

// The test stack trusts one proxy hop, played by the test: the X-Forwarded-For it sends is the
// address counted (docs/rate-limiting.md). Addresses of their own keep other tests' budgets apart.
const ownAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

async function signInFromNewAddress(page: Page, email: string, password: string): Promise<void> {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": ownAddress() });
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password").fill(password);
  const answered = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await answered;
}

async function failSignInFromNewAddress(page: Page, email: string, password: string): Promise<void> {
  await signInFromNewAddress(page, email, password);
  // The form ignores a second submit while one is pending: wait until it is back.
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
}

const PAUSED = "Too many failed sign-in attempts. Please wait a few minutes and try again.";

test("one account tried from many addresses is paused after five failures, even with the right password", async ({
  page,
  user,
}) => {
  await page.goto("/signin");
  const alert = formAlert(page);
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await failSignInFromNewAddress(page, user.email, `wrong-password-${attempt}`);
    await expect(alert).toHaveText("Incorrect email or password.");
  }
  await signInFromNewAddress(page, user.email, user.password);
  await expect(alert).toHaveText(PAUSED);
  const names = (await page.context().cookies()).map((cookie) => cookie.name);
  expect(names.filter((name) => /cruddur-session/.test(name))).toEqual([]);
});

test("a browser that signed in before is not paused by other people's failures", async ({ browser, page, user }) => {
  await page.goto("/signin");
  await signInFromNewAddress(page, user.email, user.password);
  await expect(page).toHaveURL(/\/$/);
  await page.context().clearCookies({ name: /cruddur-(session|refresh)/ });

  const attacker = await browser.newPage({ baseURL: new URL(page.url()).origin });
  await attacker.goto("/signin");
  for (let attempt = 1; attempt <= 6; attempt += 1) {
    await failSignInFromNewAddress(attacker, user.email, `wrong-password-${attempt}`);
  }
  await expect(formAlert(attacker)).toHaveText(PAUSED);
  await attacker.close();

  // Cognito's own pause after five failures lasts one second.
  await page.waitForTimeout(1_500);
  await page.goto("/signin");
  await signInFromNewAddress(page, user.email, user.password);
  await expect(page).toHaveURL(/\/$/);
});
