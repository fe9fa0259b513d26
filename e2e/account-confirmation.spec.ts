import { JS_MODES, confirmThroughForm, latestCode, signUpThroughForm } from "./support/account-flows";
import { newTestUser, outbox, type TestUser } from "./support/emulator";
import { expect, formAlert, signInThroughForm, test } from "./support/fixtures";
import type { Page } from "@playwright/test";

const SENT = "We sent a new code to your email.";

async function signedUp(page: Page): Promise<TestUser> {
  const user = newTestUser("conf");
  await signUpThroughForm(page, user);
  await expect(page).toHaveURL(/\/confirm\?/);
  return user;
}

/** One wrong guess, waiting until the form is ready again so no guess is lost. */
async function wrongCodeAndWait(page: Page) {
  const code = page.getByLabel("Code", { exact: true });
  await code.fill("000000");
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST"),
    page.getByRole("button", { name: "Confirm email" }).click(),
  ]);
  await expect(page.getByRole("button", { name: "Confirm email" })).toBeEnabled();
}

for (const mode of JS_MODES) {
  test.describe(`email confirmation ${mode.title}`, () => {
    test.use({ javaScriptEnabled: mode.javaScriptEnabled });

    test("resend sends a new code, replaces the button and holds a cooldown across reloads", async ({ page }) => {
      const user = await signedUp(page);
      await page.getByRole("button", { name: "Send a new code" }).click();
      await expect(page.getByText(SENT)).toBeVisible();
      await expect(page.getByRole("button", { name: "Send a new code" })).toHaveCount(0);
      await expect(page.getByText(/You can ask for another code in \d+ seconds?\./)).toBeVisible();
      const code = await latestCode(user.email, "RESEND");

      await page.reload();
      await expect(page.getByText(/You can ask for another code in \d+ seconds?\./)).toBeVisible();
      await expect(page.getByRole("button", { name: "Send a new code" })).toHaveCount(0);

      await confirmThroughForm(page, code);
      await expect(page).toHaveURL(/\/$/);
    });

    test("a wrong code is reported on the code field", async ({ page }) => {
      await signedUp(page);
      await confirmThroughForm(page, "000000");
      const code = page.getByLabel("Code", { exact: true });
      await expect(page.getByText("That code is not right. Check the latest email and try again.")).toBeVisible();
      await expect(code).toHaveAttribute("aria-invalid", "true");
      await expect(code).toHaveAttribute("aria-describedby", /code-errors/);
      await expect(code).toBeFocused();
      await expect(code).toHaveValue("000000");
    });

    test("too many wrong codes get their own message and the offer of a new code", async ({ page }) => {
      const user = await signedUp(page);
      for (let attempt = 0; attempt < 6; attempt++) await wrongCodeAndWait(page);
      const alert = formAlert(page);
      await expect(alert).toContainText("Too many wrong codes.");
      await page.getByRole("button", { name: "Send a new code" }).click();
      await expect(page.getByText(SENT)).toBeVisible();
      await confirmThroughForm(page, await latestCode(user.email, "RESEND"));
      await expect(page).toHaveURL(/\/$/);
    });

    test("an account that is already confirmed reads like a wrong code, as an unknown one does", async ({
      page,
      user,
    }) => {
      for (const email of [user.email, `nobody-${Date.now()}@cruddur.test`]) {
        await page.goto(`/confirm?email=${encodeURIComponent(email)}`);
        await confirmThroughForm(page, "123456");
        await expect(page.getByText("That code is not right. Check the latest email and try again.")).toBeVisible();
      }
    });

    test("signing in unconfirmed lands on confirmation with the email filled and a fresh code sent", async ({
      page,
    }) => {
      const user = await signedUp(page);
      await signInThroughForm(page, user, "/signin?next=%2Fmessages");
      await expect(page).toHaveURL(/\/confirm\?email=.*next=%2Fmessages/);
      await expect(
        page.getByText(`Your email isn't confirmed yet. We sent a new code to ${user.email}.`),
      ).toBeVisible();
      await expect(page.getByLabel("Code", { exact: true })).toBeFocused();
      await confirmThroughForm(page, await latestCode(user.email, "RESEND"));
      await expect(page).toHaveURL(/\/messages$/);
      expect((await outbox(user.email)).map((message) => message.kind)).toEqual(["SIGN_UP", "RESEND"]);
    });
  });
}
