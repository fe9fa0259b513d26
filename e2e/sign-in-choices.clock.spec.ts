import { confirmThroughForm, latestCode, signUpThroughForm, withEmulatorClockAdvanced } from "./support/account-flows";
import { expectNoViolations } from "./support/axe";
import { newTestUser } from "./support/emulator";
import { expect, test } from "./support/fixtures";
import { askForEmailCode, continueWithEmail, enterEmailCode } from "./support/sign-in-choices";

// The emulator's clock is shared: the "clock" project runs these last and one at a time.
test.describe.configure({ mode: "serial" });

/** Cognito's authentication session (a challenge, SignUp's and ConfirmSignUp's Session) lasts 3 minutes. */
const AUTH_SESSION_SECONDS = 180;

test("an emailed code used after its three minutes says it has expired", async ({ page, user }) => {
  await askForEmailCode(page, user.email);
  const code = await latestCode(user.email, "EMAIL_OTP");
  await withEmulatorClockAdvanced(AUTH_SESSION_SECONDS + 1, async () => {
    await enterEmailCode(page, code);
    await expect(page.getByText("That code has expired. Request a new one and try again.")).toBeVisible();
  });
  await expect(page.getByLabel("Sign-in code")).toHaveAttribute("aria-invalid", "true");
  await expectNoViolations(page);
});

test("choices left open too long start again, with the email filled in", async ({ page, user }) => {
  await continueWithEmail(page, user.email);
  await withEmulatorClockAdvanced(AUTH_SESSION_SECONDS + 1, async () => {
    await page.getByRole("button", { name: "Email me a code" }).click();
    await expect(page).toHaveURL(/\/signin\?.*notice=challenge-expired/);
  });
  await expect(page.getByText("That took too long. Please start again.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(user.email);
  await expectNoViolations(page);
});

test("confirming after SignUp's session has expired lands on sign-in with the email filled in", async ({ page }) => {
  const user = newTestUser("late");
  await signUpThroughForm(page, user);
  const code = await latestCode(user.email, "SIGN_UP");
  await withEmulatorClockAdvanced(AUTH_SESSION_SECONDS + 1, async () => {
    await confirmThroughForm(page, code);
    await expect(page).toHaveURL(/\/signin\?.*notice=confirmed/);
  });
  await expect(page.getByLabel("Email")).toHaveValue(user.email);
});
