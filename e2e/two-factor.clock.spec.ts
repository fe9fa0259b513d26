import { JS_MODES, withEmulatorClockAdvanced } from "./support/account-flows";
import { TWO_FACTOR_TIMEOUT, userWithAuthenticator } from "./support/authenticator";
import { expect, signInThroughForm, test } from "./support/fixtures";

// The emulator's clock is shared by every test: the "clock" project runs this last and alone,
// moving it only for the one answer that must arrive after Cognito's challenge session ended.
test.describe.configure({ mode: "serial" });

const CHALLENGE_SECONDS = 180;

for (const mode of JS_MODES) {
  test(`a code step older than Cognito's three minutes says it took too long ${mode.title}`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(TWO_FACTOR_TIMEOUT);
    const context = await browser.newContext({ baseURL, javaScriptEnabled: mode.javaScriptEnabled });
    const page = await context.newPage();
    const { user, app } = await userWithAuthenticator();
    await signInThroughForm(page, user);
    await expect(page).toHaveURL(/\/signin\/code$/);
    await withEmulatorClockAdvanced(CHALLENGE_SECONDS + 1, async () => {
      await page.getByLabel("Authenticator code", { exact: true }).fill(app.codeIn(CHALLENGE_SECONDS + 1));
      await page.getByRole("button", { name: "Verify" }).click();
      await expect(page).toHaveURL(/\/signin\?.*notice=step-expired/);
    });
    await expect(page.getByText("That took too long. Please start again.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(user.email);
    await context.close();
  });
}
