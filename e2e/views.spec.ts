import { expect, expectSignedIn, expectSignedOut, signInThroughForm, test } from "./support/fixtures";

const PUBLIC_PAGES = ["/", "/@andrewbrown", "/about"];
const MEMBER_PAGES = ["/notifications", "/messages", "/messages/@worf"];

test.describe("logged-out view", () => {
  for (const path of PUBLIC_PAGES) {
    test(`${path} shows the logged-out navigation and Join The Party`, async ({ page }) => {
      await page.goto(path);
      await expectSignedOut(page);
      await expect(page.getByRole("link", { name: "Join now!" })).toHaveAttribute("href", "/signup");
      await expect(page.getByRole("article", { name: "Crud by Lore" })).toHaveCount(0);
    });
  }
});

test.describe("logged-in view", () => {
  for (const path of [...PUBLIC_PAGES, ...MEMBER_PAGES]) {
    test(`${path} shows the member's own navigation and card`, async ({ page, user }) => {
      await signInThroughForm(page, user);
      await expectSignedIn(page, user);
      await page.goto(path);
      await expectSignedIn(page, user);
      await expect(page.getByRole("heading", { name: "Trending" })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Join the party!" })).toHaveCount(0);
    });
  }

  test("the first HTML is already the logged-in view, with no flash", async ({ page, user }) => {
    await signInThroughForm(page, user);
    await expectSignedIn(page, user);
    const html = await (await page.request.get("/")).text();
    expect(html).toContain(`@${user.handle}`);
    expect(html).toContain("My dear brother, it the humans that are the problem");
    expect(html).not.toContain("Join the party!");
  });
});

test.describe("logged-in view without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every page renders the member's view from the server", async ({ page, user }) => {
    await signInThroughForm(page, user);
    for (const path of [...PUBLIC_PAGES, ...MEMBER_PAGES]) {
      await page.goto(path);
      await expectSignedIn(page, user);
    }
  });
});
