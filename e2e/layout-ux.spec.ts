import type { Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { createConfirmedUser, newTestUser } from "./support/emulator";
import { expect, signInThroughForm, test } from "./support/fixtures";

const WIDTHS = { phone: 390, "small tablet": 768, tablet: 1024, desktop: 1280 } as const;
const HEIGHT = 800;

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/layout-ux/${name}.png` });
const visibleLink = (page: Page, name: string | RegExp) =>
  page
    .getByRole("link", { name, exact: typeof name === "string" })
    .filter({ visible: true })
    .first();
const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });
const menuButton = (page: Page, name: string) => page.locator("summary").filter({ hasText: name });

test.describe("signing in or joining from the first screen", () => {
  for (const [device, width] of Object.entries(WIDTHS)) {
    for (const javaScriptEnabled of [true, false]) {
      test.describe(`${device} (${width} px), JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
        test.use({ viewport: { width, height: HEIGHT }, javaScriptEnabled });

        test("a signed-out visitor sees Sign In and Join without scrolling", async ({ page }) => {
          await page.goto("/");
          const signIn = visibleLink(page, "Sign in");
          await expect(signIn).toBeInViewport();
          await expect(signIn).toHaveAttribute("href", "/signin");
          const join = visibleLink(page, /^Join/);
          await expect(join).toBeInViewport();
          await expect(join).toHaveAttribute("href", "/signup");
          if (javaScriptEnabled) {
            await shot(page, `signed-out-${width}`);
            await expectNoViolations(page);
          }
        });
      });
    }
  }
});

test.describe("honest controls", () => {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
      test.use({ javaScriptEnabled });

      test("signed out, reply, repost, like and share lead to sign-in and back", async ({ page }) => {
        await page.goto("/@andrewbrown");
        const crud = page.getByRole("article").first();
        for (const verb of ["reply", "repost", "like", "share"]) {
          await expect(crud.getByRole("link", { name: new RegExp(`^Sign in to ${verb}`) }).first()).toHaveAttribute(
            "href",
            "/signin?next=%2F%40andrewbrown",
          );
        }
        await expect(crud.getByRole("button")).toHaveCount(0);
        await crud
          .getByRole("link", { name: /^Sign in to like/ })
          .first()
          .click();
        await expect(page.getByRole("heading", { name: "Sign into your Cruddur account" })).toBeVisible();
        await expect(page).toHaveURL(/\/signin\?next=%2F%40andrewbrown$/);
      });

      test("signed in, what is not built yet says so", async ({ page, user }) => {
        await signInThroughForm(page, user);
        await expect(page).toHaveURL("/", { timeout: 30_000 });
        const soon = "Replying, reposting, liking and sharing are coming soon.";
        await expect(page.getByText(soon)).toBeVisible();
        const like = page.getByRole("article").first().getByRole("button", { name: /^Like/ }).first();
        await expect(like).toHaveAttribute("aria-disabled", "true");
        if (javaScriptEnabled) await expect(like).toHaveAccessibleDescription(soon);

        const search = page.getByRole("searchbox", { name: "Search (coming soon)" });
        await expect(search).toBeDisabled();
        await expect(search).toHaveAttribute("placeholder", "Search is coming soon");
        await expect(page.getByRole("search")).toHaveCount(0);

        await page.getByRole("link", { name: "Crud (coming soon)" }).click();
        await expect(page.getByRole("status").filter({ hasText: "Posting cruds is coming soon." })).toBeVisible();
        if (javaScriptEnabled) await expectNoViolations(page);
      });
    });
  }
});

test.describe("menus", () => {
  for (const [device, width] of [
    ["phone", 390],
    ["desktop", 1280],
  ] as const) {
    test.describe(`${device} (${width} px)`, () => {
      test.use({ viewport: { width, height: HEIGHT } });

      test("close on Escape with focus back on their button, on a click outside, and when the other opens", async ({
        page,
        user,
      }) => {
        await signInThroughForm(page, user);
        await expect(page).toHaveURL("/", { timeout: 30_000 });
        const more = menuButton(page, "More");
        const account = menuButton(page, "Account menu");
        const about = mainNav(page).getByRole("link", { name: "About" });
        const settings = page.getByRole("link", { name: "Settings" });

        await more.click();
        await expect(about).toBeVisible();
        await shot(page, `more-menu-open-${width}`);
        await expectNoViolations(page);
        await page.keyboard.press("Escape");
        await expect(about).toBeHidden();
        await expect(more).toBeFocused();

        await more.click();
        await expect(about).toBeVisible();
        await page.getByRole("heading", { name: "Home", level: 1 }).click();
        await expect(about).toBeHidden();

        await more.click();
        await account.click();
        await expect(settings).toBeVisible();
        await expect(about).toBeHidden();
        await shot(page, `account-menu-open-${width}`);
        await expectNoViolations(page);
        await more.click();
        await expect(settings).toBeHidden();
        await expect(about).toBeVisible();
      });

      test("close on navigation", async ({ page, user }) => {
        await signInThroughForm(page, user);
        await expect(page).toHaveURL("/", { timeout: 30_000 });
        await menuButton(page, "More").click();
        await mainNav(page).getByRole("link", { name: "About" }).click();
        await expect(page).toHaveURL("/about");
        await expect(mainNav(page).getByRole("link", { name: "Terms of service" })).toBeHidden();
        await menuButton(page, "Account menu").click();
        await page.getByRole("link", { name: "Settings" }).click();
        await expect(page).toHaveURL("/settings");
        await expect(page.getByRole("link", { name: "Settings" })).toBeHidden();
      });
    });
  }

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("are still <details> that open and lead on", async ({ page }) => {
      await page.goto("/");
      await menuButton(page, "More").click();
      await mainNav(page).getByRole("link", { name: "Terms of service" }).click();
      await expect(page).toHaveURL("/terms");
    });
  });
});

test.describe("forced colours", () => {
  test.use({ forcedColors: "active" });

  const borderOf = (locator: ReturnType<Page["getByRole"]>) =>
    locator.evaluate((element) => {
      const style = getComputedStyle(element);
      return { width: parseFloat(style.borderTopWidth), style: style.borderTopStyle };
    });

  for (const [device, width] of [
    ["phone", 390],
    ["tablet", 1024],
    ["desktop", 1280],
  ] as const) {
    test(`buttons, pills and cards keep a visible edge at ${width} px (${device})`, async ({ page }) => {
      await page.setViewportSize({ width, height: HEIGHT });
      await page.goto("/");
      for (const link of [visibleLink(page, "Sign in"), visibleLink(page, /^Join/)]) {
        expect(await borderOf(link)).toEqual({ width: 1, style: "solid" });
      }
      if (width > 1140) {
        const joinBox = page.getByRole("region", { name: "Join the party!" });
        expect(await borderOf(joinBox)).toEqual({ width: 1, style: "solid" });
      }
      await shot(page, `forced-colours-home-${width}`);
      await expectNoViolations(page);

      await page.goto("/signin");
      expect(await borderOf(page.getByRole("button", { name: "Sign in", exact: true }))).toEqual({
        width: 1,
        style: "solid",
      });
      await shot(page, `forced-colours-signin-${width}`);
      await expectNoViolations(page);
    });
  }

  test("the signed-in Crud pill and the account card keep an edge", async ({ page, user }) => {
    await signInThroughForm(page, user);
    await expect(page).toHaveURL("/", { timeout: 30_000 });
    expect(await borderOf(page.getByRole("link", { name: "Crud (coming soon)" }))).toEqual({
      width: 1,
      style: "solid",
    });
    await expectNoViolations(page);
  });
});

test.describe("one page for what does not exist, in the app's layout", () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`unknown pages and accounts, JavaScript ${javaScriptEnabled ? "on" : "off"}`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled, baseURL });
      const page = await context.newPage();
      for (const [path, heading, title] of [
        ["/no-such-page", "Page not found", "Page not found"],
        ["/about/no-such-page", "Page not found", "Page not found"],
        ["/@nosuchperson", "This account doesn't exist", "Account not found"],
        ["/users/nosuchperson", "This account doesn't exist", "Account not found"],
      ] as const) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page).toHaveTitle(`${title} | Cruddur`);
        await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
        await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
        await expect(page.getByRole("link", { name: "Back to home" })).toHaveAttribute("href", "/");
        if (javaScriptEnabled) await expectNoViolations(page);
      }
      await context.close();
    });

    test(`a member's own profile, and a conversation they do not have, JavaScript ${javaScriptEnabled ? "on" : "off"}`, async ({
      browser,
      baseURL,
      user,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled, baseURL });
      const page = await context.newPage();
      await signInThroughForm(page, user);
      await expect(page).toHaveURL("/", { timeout: 30_000 });
      expect((await page.goto(`/@${user.handle.toUpperCase()}`))?.status()).toBe(200);
      await expect(page.getByRole("heading", { name: user.name, level: 1 })).toBeVisible();

      expect((await page.goto("/messages/@lore"))?.status()).toBe(404);
      await expect(page).toHaveTitle("Conversation not found | Cruddur");
      await expect(page.getByRole("heading", { name: "Conversation not found", level: 1 })).toBeVisible();
      await expect(page.getByText("You have no messages with this person yet.")).toBeVisible();
      if (javaScriptEnabled) await expectNoViolations(page);
      await context.close();
    });
  }
});

test.describe("the mock data and the viewer", () => {
  test("no conversation with themselves, no suggestion to follow themselves, and the conversation names the person", async ({
    page,
  }) => {
    const andrew = await createConfirmedUser({ ...newTestUser(), handle: "AndrewBrown" });
    await signInThroughForm(page, andrew);
    await expect(page).toHaveURL("/", { timeout: 30_000 });
    const suggestions = page.getByRole("region", { name: "Suggested users" });
    await expect(suggestions.getByRole("link")).not.toHaveCount(0);
    await expect(suggestions.getByRole("link", { name: /@andrewbrown/i })).toHaveCount(0);

    await page.goto("/messages");
    await expect(page.getByRole("link", { name: /Andrew Brown/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /Worf/ })).toBeVisible();
    expect((await page.goto("/messages/@andrewbrown"))?.status()).toBe(404);

    await page.goto("/messages/@worf");
    await expect(page).toHaveTitle(/^Messages with Worf/);
    await expect(page.getByRole("heading", { name: "Messages with Worf", level: 1 })).toBeVisible();
    await expectNoViolations(page);
  });
});

test("the username hint does not promise a handle of one's own", async ({ page }) => {
  await page.goto("/signup");
  await expect(page.getByLabel("Username")).toHaveAccessibleDescription(/Usernames aren't reserved yet/);
  await expect(page.getByText(/People will see you as/)).toHaveCount(0);
});
