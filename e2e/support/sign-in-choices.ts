import { expect, type Page } from "@playwright/test";

/** /signin with only the email: on to the choices page. */
export async function continueWithEmail(page: Page, email: string, path = "/signin") {
  await page.goto(path);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/signin\/choose$/);
}

export async function askForEmailCode(page: Page, email: string) {
  await continueWithEmail(page, email);
  await page.getByRole("button", { name: "Email me a code" }).click();
  await expect(page).toHaveURL(/\/signin\/email-code$/);
}

export async function enterEmailCode(page: Page, code: string) {
  await page.getByLabel("Sign-in code").fill(code);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}
