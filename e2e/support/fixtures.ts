import { test as base, expect, type Page } from "@playwright/test";
import { createConfirmedUser, type TestUser } from "./emulator";
import { stack } from "./stack";

interface Fixtures {
  /** A confirmed account of its own for each test. */
  user: TestUser;
}

export const test = base.extend<Fixtures>({
  baseURL: async ({}, provide) => provide(stack().main.url),
  user: async ({}, provide) => provide(await createConfirmedUser()),
});

/** The same fixtures against the app server that signs in with the confidential, short-token client. */
export const testWithConfidentialClient = test.extend({
  baseURL: async ({}, provide) => provide(stack().confidential.url),
});

export { expect };

export async function signInThroughForm(page: Page, user: Pick<TestUser, "email" | "password">, path = "/signin") {
  await page.goto(path);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** The logged-in view: the viewer's own card and the nav links only members have. */
export async function expectSignedIn(page: Page, user: Pick<TestUser, "name" | "handle">) {
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Notifications" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Profile" })).toHaveAttribute("href", `/@${user.handle}`);
  await expect(page.getByText(`@${user.handle}`).first()).toBeVisible();
}

/** The message the auth forms announce (role="alert"); Next's route announcer is an alert too, outside <main>. */
export const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");

export async function expectSignedOut(page: Page) {
  await expect(page.getByRole("heading", { name: "Join the party!" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Notifications" })).toHaveCount(
    0,
  );
}

/** The profile card's menu is a <details> disclosure, so it opens and posts without JavaScript. */
export async function signOutFromMenu(page: Page, item: "Sign out" | "Sign out of all devices" = "Sign out") {
  await page.locator("summary").filter({ hasText: "Account menu" }).click();
  await page.getByRole("button", { name: item, exact: true }).click();
}
