import {
  JS_MODES,
  confirmThroughForm,
  latestCode,
  requestRecoveryCode,
  resetThroughForm,
  signUpThroughForm,
  withEmulatorClockAdvanced,
} from "./support/account-flows";
import { newTestUser } from "./support/emulator";
import { expect, formAlert, test } from "./support/fixtures";

// The emulator's clock is shared by every test: the "clock" project runs these last, one at a time, moving it only
// for the one request that must see an expired code, and always putting it back.
test.describe.configure({ mode: "serial" });

const SIGN_UP_CODE_SECONDS = 24 * 3600;
const RESEND_COOLDOWN_SECONDS = 31;
const RECOVERY_CODE_SECONDS = 3600;

for (const mode of JS_MODES) {
  test.describe(`expired codes ${mode.title}`, () => {
    test.use({ javaScriptEnabled: mode.javaScriptEnabled });

    test("an expired confirmation code says so and offers a new one that works", async ({ page }) => {
      const user = newTestUser("exp");
      await signUpThroughForm(page, user);
      const code = await latestCode(user.email, "SIGN_UP");
      await withEmulatorClockAdvanced(SIGN_UP_CODE_SECONDS + 1, async () => {
        await confirmThroughForm(page, code);
        await expect(formAlert(page)).toContainText("That code has expired.");
      });
      // The one resend control appears once the cooldown of the sign-up code is over.
      test.setTimeout(120_000);
      await page.waitForTimeout(RESEND_COOLDOWN_SECONDS * 1000);
      if (!mode.javaScriptEnabled) await page.reload();
      await page.getByRole("button", { name: "Send a new code" }).click();
      await confirmThroughForm(page, await latestCode(user.email, "RESEND"));
      await expect(page).toHaveURL(/\/$/);
    });

    test("an expired recovery code says so", async ({ page, user }) => {
      await requestRecoveryCode(page, user.email);
      const code = await latestCode(user.email, "FORGOT_PASSWORD");
      await withEmulatorClockAdvanced(RECOVERY_CODE_SECONDS + 1, async () => {
        await resetThroughForm(page, code, "Brand-New-Pass-7!");
        await expect(formAlert(page)).toContainText("That code has expired.");
      });
      test.setTimeout(120_000);
      await page.waitForTimeout(RESEND_COOLDOWN_SECONDS * 1000);
      if (!mode.javaScriptEnabled) await page.reload();
      await page.getByRole("button", { name: "Send a new code" }).click();
      await expect(page.getByText("If an account exists for that email, we sent a new code")).toBeVisible();
    });
  });
}
