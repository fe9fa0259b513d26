import type { Browser, Page } from "@playwright/test";
import { JS_MODES, latestCode } from "./support/account-flows";
import { expectNoViolations } from "./support/axe";
import { createConfirmedUser, newTestUser, outbox, type TestUser } from "./support/emulator";
import { expect, expectSignedIn, signInThroughForm, test } from "./support/fixtures";

async function signedInPage(browser: Browser, baseURL: string | undefined, javaScriptEnabled: boolean, user: TestUser) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled });
  const page = await context.newPage();
  await signInThroughForm(page, user);
  await expect(page).toHaveURL(/\/$/, { timeout: 20_000 });
  return page;
}

/** From the settings page's Email section, through "confirm it's you", to the change-email page. */
async function openChangeEmail(page: Page, user: TestUser) {
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Email", exact: true });
  await expect(section).toContainText(`You sign in with ${user.email}.`);
  await section.getByRole("link", { name: "Change email" }).click();
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("heading", { name: "Your new email address" })).toBeVisible();
}

async function askForCode(page: Page, email: string, button = "Send code") {
  await page.getByLabel("New email", { exact: true }).fill(email);
  await page.getByRole("button", { name: button }).click();
}

async function enterCode(page: Page, code: string) {
  await page.getByLabel("Verification code").fill(code);
  await page.getByRole("button", { name: "Confirm new email" }).click();
}

const otherThan = (code: string) => (code === "111111" ? "222222" : "111111");

for (const mode of JS_MODES) {
  test.describe(`change email ${mode.title}`, () => {
    test("switches through the code sent to the new address and tells the old one", async ({
      browser,
      baseURL,
      user,
    }) => {
      const page = await signedInPage(browser, baseURL, mode.javaScriptEnabled, user);
      const newEmail = newTestUser("moved").email;
      await openChangeEmail(page, user);
      if (mode.javaScriptEnabled) await expectNoViolations(page);
      await askForCode(page, newEmail);
      await expect(page.getByRole("heading", { name: "Enter the code we sent" })).toBeVisible();
      await expect(page.getByText(`We sent a 6-digit code to ${newEmail}.`)).toBeVisible();
      if (mode.javaScriptEnabled) await expectNoViolations(page);

      const code = await latestCode(newEmail, "VERIFY_EMAIL");
      await enterCode(page, otherThan(code));
      await expect(page.getByLabel("Verification code")).toHaveAccessibleDescription(
        "That code is not right. Check the latest email and try again.",
      );
      if (mode.javaScriptEnabled) await expectNoViolations(page);
      await enterCode(page, code);
      await expect(page).toHaveURL(/\/settings\?notice=email-changed$/);
      await expect(page.getByText("Your email address is changed.")).toBeVisible();
      await expect(page.getByRole("region", { name: "Email", exact: true })).toContainText(
        `You sign in with ${newEmail}.`,
      );

      const notices = (await outbox(user.email)).filter((mail) => mail.kind === "EMAIL_CHANGE_NOTICE");
      expect(notices).toHaveLength(1);
      expect(notices[0]?.text).toContain(newEmail);

      // The session itself knows the new address: asking for it again is "already yours".
      await page.goto("/settings/email");
      await askForCode(page, newEmail);
      await expect(page.getByLabel("New email", { exact: true })).toHaveAccessibleDescription(
        /That is already your email address\./,
      );
      await page.context().close();
    });

    test("an address another account uses is refused at its field", async ({ browser, baseURL, user }) => {
      const taken = await createConfirmedUser();
      const page = await signedInPage(browser, baseURL, mode.javaScriptEnabled, user);
      await openChangeEmail(page, user);
      await askForCode(page, taken.email);
      await expect(page.getByLabel("New email", { exact: true })).toHaveAccessibleDescription(
        /That email address belongs to another Cruddur account\. Choose a different one\./,
      );
      if (mode.javaScriptEnabled) await expectNoViolations(page);
      expect((await outbox(taken.email)).filter((mail) => mail.kind === "VERIFY_EMAIL")).toHaveLength(0);
      await page.context().close();
    });
  });
}

test("bad input and the current address are said at the field; a second code waits for the cooldown", async ({
  page,
  user,
}) => {
  await signInThroughForm(page, user);
  await expect(page).toHaveURL(/\/$/);
  await openChangeEmail(page, user);
  await askForCode(page, "not-an-email");
  await expect(page.getByLabel("New email", { exact: true })).toHaveAccessibleDescription(
    /Enter a valid email address, like name@example\.com\./,
  );
  await askForCode(page, user.email.toUpperCase());
  await expect(page.getByLabel("New email", { exact: true })).toHaveAccessibleDescription(
    /That is already your email address\./,
  );

  await askForCode(page, newTestUser("later").email);
  await page.getByRole("button", { name: "Send the Code Again" }).click();
  await expect(page.getByText(/Please wait \d+ seconds before asking for another code\./)).toBeVisible();
  await page.goto("/settings");
  await expect(page.getByRole("region", { name: "Email", exact: true })).toContainText("is waiting for its code");
  await expectSignedIn(page, user);
});
