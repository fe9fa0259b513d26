import { expect, expectSignedIn, expectSignedOut, signInThroughForm, signOutFromMenu, test } from "./support/fixtures";

test.describe("sign-out", () => {
  test("Sign Out clears the session and returns home", async ({ page, user }) => {
    await signInThroughForm(page, user);
    await expectSignedIn(page, user);
    await signOutFromMenu(page);
    await expect(page).toHaveURL(/\/\?notice=signed-out$/);
    await expect(page.getByRole("status").filter({ hasText: "You have been signed out." })).toBeVisible();
    await expectSignedOut(page);
    const names = (await page.context().cookies()).map((cookie) => cookie.name);
    expect(names.filter((name) => /cruddur-(session|refresh)/.test(name))).toEqual([]);
  });

  test("replaying cookies captured before sign-out does not sign anyone in", async ({ page, user }) => {
    await signInThroughForm(page, user);
    await expectSignedIn(page, user);
    const captured = await page.context().cookies();
    await signOutFromMenu(page);
    await expectSignedOut(page);

    await page.context().addCookies(captured);
    await page.goto("/");
    await expectSignedOut(page);
    await page.goto("/notifications");
    await expect(page).toHaveURL(/\/signin\?next=%2Fnotifications$/);
    const me = await page.request.get("/api/me");
    expect(me.status()).toBe(401);
  });

  test("Sign out of all devices ends the member's other sessions too", async ({ browser, page, user }) => {
    const otherDevice = await browser.newPage();
    await signInThroughForm(otherDevice, user);
    await expectSignedIn(otherDevice, user);

    await signInThroughForm(page, user);
    await expectSignedIn(page, user);
    await signOutFromMenu(page, "Sign out of all devices");
    await expectSignedOut(page);

    await otherDevice.reload();
    await expectSignedOut(otherDevice);
    await otherDevice.close();
  });
});

test.describe("sign-out without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the Sign Out form posts without scripts", async ({ page, user }) => {
    await signInThroughForm(page, user);
    await expectSignedIn(page, user);
    await signOutFromMenu(page);
    await expectSignedOut(page);
  });
});
