import { SHORT_ACCESS_TOKEN_SECONDS } from "../tests/stack/start-stack";
import {
  expect,
  expectSignedIn,
  signInThroughForm,
  signOutFromMenu,
  testWithConfidentialClient as test,
} from "./support/fixtures";

// This app server signs in with a confidential client (SECRET_HASH) whose access tokens last seconds.

const sessionCookie = async (page: import("@playwright/test").Page) =>
  (await page.context().cookies()).find((cookie) => /cruddur-session$/.test(cookie.name))?.value;

const waitForAccessTokenToExpire = (page: import("@playwright/test").Page) =>
  page.waitForTimeout((SHORT_ACCESS_TOKEN_SECONDS + 1) * 1000);

test.describe("session refresh", () => {
  test("an expired access token is refreshed and the same request renders signed in", async ({ page, user }) => {
    await signInThroughForm(page, user);
    await expectSignedIn(page, user);
    const before = await sessionCookie(page);
    await waitForAccessTokenToExpire(page);

    // The request carries the expired token; its HTML must already be the member's view.
    const html = await (await page.request.get("/")).text();
    expect(html).toContain(`@${user.handle}`);
    expect(await sessionCookie(page)).not.toBe(before);

    await page.reload();
    await expectSignedIn(page, user);
  });

  test("parallel requests with one expiring session all stay signed in", async ({ page, user }) => {
    await signInThroughForm(page, user);
    await expectSignedIn(page, user);
    await waitForAccessTokenToExpire(page);

    const pages = await Promise.all(
      Array.from({ length: 8 }, () => page.request.get("/notifications", { maxRedirects: 0 })),
    );
    for (const response of pages) {
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain(`@${user.handle}`);
    }
    await page.goto("/notifications");
    await expectSignedIn(page, user);
  });

  test("a revoked refresh token means signed out once the access token expires", async ({ page, user }) => {
    await signInThroughForm(page, user);
    await expectSignedIn(page, user);
    const stolen = await page.context().cookies();
    await signOutFromMenu(page);
    await expect(page.getByRole("heading", { name: "Join the party!" })).toBeVisible();

    await waitForAccessTokenToExpire(page);
    await page.context().addCookies(stolen);
    await page.goto("/notifications");
    await expect(page).toHaveURL(/\/signin\?next=%2Fnotifications$/);
    expect(await sessionCookie(page)).toBeUndefined();
  });
});
