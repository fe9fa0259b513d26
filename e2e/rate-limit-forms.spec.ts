import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, formAlert, test } from "./support/fixtures";

// The test stack has no proxy, so the X-Forwarded-For a test sends is the address counted
// (docs/rate-limiting.md). Private addresses of their own keep 127.0.0.1's budget for other tests.
const ownAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

async function signInFromNewAddress(page: Page, email: string, password: string): Promise<void> {
  const submit = page.getByRole("button", { name: "Sign In", exact: true });
  await page.setExtraHTTPHeaders({ "x-forwarded-for": ownAddress() });
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password").fill(password);
  const answered = page.waitForResponse((response) => response.request().method() === "POST");
  await submit.click();
  await answered;
  // The form ignores a second submit while one is pending: wait until it is back.
  await expect(submit).toBeEnabled();
}

test("one account tried from many addresses is refused after ten attempts, even with the right password", async ({
  page,
  user,
}) => {
  await page.goto("/signin");
  const alert = formAlert(page);
  for (let attempt = 1; attempt <= 10; attempt += 1) {
    await signInFromNewAddress(page, user.email, `wrong-password-${attempt}`);
    // Cognito answers these itself: a wrong password, or its own lockout once five have failed.
    await expect(alert).toHaveText(
      /^(Incorrect email or password\.|Too many failed sign-in attempts\. Please wait a few minutes and try again\.)$/,
    );
  }
  await signInFromNewAddress(page, user.email, user.password);
  await expect(alert).toHaveText(/^Too many sign-in attempts\. Please wait (\d+ seconds|a minute) and try again\.$/);
  expect(await page.context().cookies()).toEqual([]);
});
