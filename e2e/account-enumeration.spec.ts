import type { Page } from "@playwright/test";
import { JS_MODES, requestRecoveryCode } from "./support/account-flows";
import { newTestUser } from "./support/emulator";
import { expect, formAlert, signInThroughForm, test } from "./support/fixtures";
import { stack } from "./support/stack";

/** What a person sees in the main column, with the typed email and the countdown's seconds taken out. */
async function visibleText(page: Page, email: string): Promise<string> {
  return (await page.getByRole("main").innerText()).replaceAll(email, "<email>").replace(/\d+ seconds?/, "N seconds");
}

for (const mode of JS_MODES) {
  test.describe(`enumeration ${mode.title}`, () => {
    test.use({ javaScriptEnabled: mode.javaScriptEnabled });

    test("sign-in reads the same for an unknown email and a known one", async ({ page, user }) => {
      const unknown = newTestUser("ghost").email;
      await signInThroughForm(page, { email: user.email, password: "Wrong-Password-1!" });
      await expect(formAlert(page)).toHaveText("Incorrect email or password.");
      const known = await visibleText(page, user.email);
      await signInThroughForm(page, { email: unknown, password: "Wrong-Password-1!" });
      await expect(formAlert(page)).toHaveText("Incorrect email or password.");
      expect(await visibleText(page, unknown)).toBe(known);
    });

    test("recovery reads the same for an unknown email and a known one", async ({ page, user }) => {
      const unknown = newTestUser("ghost").email;
      await requestRecoveryCode(page, user.email);
      await expect(page.getByText("If an account exists for that email, we sent a code")).toBeVisible();
      const known = await visibleText(page, user.email);
      await page.getByRole("button", { name: "Use a different email" }).click();
      await expect(page.getByRole("button", { name: "Email me a code" })).toBeVisible();
      await requestRecoveryCode(page, unknown);
      await expect(page.getByText("If an account exists for that email, we sent a code")).toBeVisible();
      expect(await visibleText(page, unknown)).toBe(known);
    });

    test("resending a confirmation code reads the same for an unknown email and a confirmed one", async ({
      browser,
      user,
    }) => {
      const texts: string[] = [];
      for (const email of [user.email, newTestUser("ghost").email]) {
        const context = await browser.newContext({
          baseURL: stack().main.url,
          javaScriptEnabled: mode.javaScriptEnabled,
        });
        const page = await context.newPage();
        await page.goto(`/confirm?email=${encodeURIComponent(email)}`);
        await page.getByRole("button", { name: "Send a new code" }).click();
        await expect(page.getByText("We sent a new code to your email.")).toBeVisible();
        texts.push((await visibleText(page, email)).replace(/\d+ seconds?/, "N seconds"));
        await context.close();
      }
      expect(texts[1]).toBe(texts[0]);
    });
  });
}
