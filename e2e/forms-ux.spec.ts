import type { Page } from "@playwright/test";
import {
  JS_MODES,
  confirmThroughForm,
  createUserWithTemporaryPassword,
  latestCode,
  requestRecoveryCode,
  resetThroughForm,
  signUpThroughForm,
} from "./support/account-flows";
import { expectNoViolations } from "./support/axe";
import { newTestUser } from "./support/emulator";
import { expect, formAlert, signInThroughForm, test } from "./support/fixtures";

const STRONG = "Brand-New-Pass-7!";
const WRONG_CODE = "That code is not right. Check the latest email and try again.";

const codeField = (page: Page) => page.getByLabel("Code", { exact: true });
const newPassword = (page: Page) => page.getByLabel("New password", { exact: true });
const confirmPassword = (page: Page) => page.getByLabel("Confirm new password", { exact: true });
const posts = (page: Page) => {
  const seen: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") seen.push(request.url());
  });
  return seen;
};

async function signedUp(page: Page) {
  const person = newTestUser("ux");
  await signUpThroughForm(page, person);
  await expect(page).toHaveURL(/\/confirm\?/);
  return person;
}

for (const mode of JS_MODES) {
  test.describe(`forms keep what was typed ${mode.title}`, () => {
    test.use({ javaScriptEnabled: mode.javaScriptEnabled });

    test("a wrong recovery code keeps the code, and the new passwords only with JavaScript", async ({ page, user }) => {
      await requestRecoveryCode(page, user.email);
      await resetThroughForm(page, "000000", STRONG);
      await expect(page.getByText(WRONG_CODE)).toBeVisible();
      await expect(codeField(page)).toHaveValue("000000");
      await expect(newPassword(page)).toHaveValue(mode.javaScriptEnabled ? STRONG : "");
      await expect(confirmPassword(page)).toHaveValue(mode.javaScriptEnabled ? STRONG : "");
      expect(await page.content()).not.toContain(STRONG);
    });

    test("a wrong confirmation code stays in the field to be corrected", async ({ page }) => {
      await signedUp(page);
      await confirmThroughForm(page, "000000");
      await expect(page.getByText(WRONG_CODE)).toBeVisible();
      await expect(codeField(page)).toHaveValue("000000");
      await expect(codeField(page)).toBeFocused();
    });

    test("the known email shows as text, with a way to use another", async ({ page }) => {
      const person = await signedUp(page);
      await expect(
        page.getByText(`We sent a 6-digit code to ${person.email}. It can take a minute to arrive.`),
      ).toBeVisible();
      await expect(page.getByText(person.email, { exact: true })).toBeVisible();
      await expect(page.getByLabel("Email", { exact: true })).toHaveCount(0);
      await expect(codeField(page)).toBeFocused();
      await page.getByRole("link", { name: "Use a different email" }).click();
      await expect(page.getByLabel("Email", { exact: true })).toBeVisible();
      await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Sign up" })).toBeVisible();
    });

    test("the sign-up checklist shows what the password still needs, with no sentence repeating it", async ({
      page,
    }) => {
      await signUpThroughForm(page, { ...newTestUser("weak"), password: "abc" });
      await expect(page.getByText("Your password still needs:")).toBeVisible();
      // Without JavaScript the password is not sent back, so every rule is missing again.
      const missing = mode.javaScriptEnabled ? 4 : 5;
      await expect(page.getByRole("listitem").filter({ hasText: "(missing)" })).toHaveCount(missing);
      await expect(page.getByText(/Your password needs: at least/)).toHaveCount(0);
      await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");
    });

    test("a failed post is answered by a page, so Refresh does not post again", async ({ page }) => {
      const seen = posts(page);
      await page.goto("/signup");
      await page.getByLabel("Name", { exact: true }).fill("Kept Name");
      await page.getByRole("button", { name: "Sign up" }).click();
      await expect(page.getByText("Enter your email address.")).toBeVisible();
      await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Kept Name");
      const postsBeforeReload = seen.length;
      await page.reload();
      await expect(page.getByLabel("Name", { exact: true })).toBeVisible();
      expect(seen.length).toBe(postsBeforeReload);
    });

    test("a finished recovery offers to reset another password", async ({ page, user }) => {
      await requestRecoveryCode(page, user.email);
      await resetThroughForm(page, await latestCode(user.email, "FORGOT_PASSWORD"), STRONG);
      await expect(page.getByText("Your password has been successfully reset!")).toBeVisible();
      await page.getByRole("button", { name: "Reset another password" }).click();
      await expect(page.getByRole("button", { name: "Email me a code" })).toBeVisible();
      await expect(page.getByLabel("Email")).toHaveValue("");
    });

    test("a finished recovery ends when the person signs in", async ({ page, user }) => {
      await requestRecoveryCode(page, user.email);
      await resetThroughForm(page, await latestCode(user.email, "FORGOT_PASSWORD"), STRONG);
      await expect(page.getByText("Your password has been successfully reset!")).toBeVisible();
      await signInThroughForm(page, { email: user.email, password: STRONG });
      await expect(page).toHaveURL(/\/$/);
      await page.goto("/forgot");
      await expect(page.getByRole("button", { name: "Email me a code" })).toBeVisible();
    });

    test("pages reached without their step say so", async ({ page }) => {
      await page.goto("/new-password");
      await expect(page.getByText("There is no new password to choose right now.")).toBeVisible();
      await expect(page.getByText("That took too long")).toHaveCount(0);
      await page.goto("/confirm");
      await expect(page.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/signin");
      await expect(page.getByRole("link", { name: "Sign up" })).toHaveAttribute("href", "/signup");
    });

    test("the show-password button exists only with JavaScript", async ({ page }) => {
      await page.goto("/signup");
      await expect(page.getByLabel("Password", { exact: true })).toBeVisible();
      await expect(page.getByRole("button", { name: "Show password" })).toHaveCount(mode.javaScriptEnabled ? 1 : 0);
    });
  });
}

test.describe("forms without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a failed post answers with a 303 to the same page, and the error is shown once", async ({ page }) => {
    await page.goto("/signup?next=%2Fnotifications");
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.request().method() === "POST"),
      page.getByRole("button", { name: "Sign up" }).click(),
    ]);
    expect(response.status()).toBe(303);
    await expect(page).toHaveURL(/\/signup\?next=%2Fnotifications$/);
    await expect(page.getByText("Enter your name.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Name", { exact: true })).toBeVisible();
    await expect(page.getByText("Enter your name.")).toHaveCount(0);
  });

  test("the password is never sent back, even in the sealed result", async ({ page, user }) => {
    await requestRecoveryCode(page, user.email);
    await resetThroughForm(page, "000000", STRONG);
    await expect(page.getByText(WRONG_CODE)).toBeVisible();
    const cookies = await page.context().cookies();
    expect(cookies.map((cookie) => cookie.value).join(" ")).not.toContain(STRONG);
    expect(await page.content()).not.toContain(STRONG);
  });
});

test.describe("forms with JavaScript", () => {
  test("a weak password never makes a round trip", async ({ page }) => {
    await page.goto("/signup");
    const seen = posts(page);
    const person = newTestUser("weak");
    await page.getByLabel("Name", { exact: true }).fill(person.name);
    await page.getByLabel("Email", { exact: true }).fill(person.email);
    await page.getByLabel("Username", { exact: true }).fill(person.handle);
    await page.getByLabel("Password", { exact: true }).fill("abc");
    await page.getByRole("button", { name: "Sign up" }).click();
    await expect(page.getByText("Your password still needs:")).toBeVisible();
    await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("abc");
    expect(seen).toEqual([]);
    await expectNoViolations(page);
  });

  test("the show-password button reveals, hides, and hides again on submit", async ({ page }) => {
    await page.goto("/signup");
    const password = page.getByLabel("Password", { exact: true });
    await password.fill("Secret-Pass-1!");
    const show = page.getByRole("button", { name: "Show password" });
    await expect(show).toHaveAttribute("aria-pressed", "false");
    await expect(show).toHaveAttribute("aria-controls", (await password.getAttribute("id")) ?? "");
    await show.click();
    await expect(password).toHaveAttribute("type", "text");
    const hide = page.getByRole("button", { name: "Hide password" });
    await expect(hide).toHaveAttribute("aria-pressed", "true");
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Sign up" }).click();
    await expect(password).toHaveAttribute("type", "password");
    await expect(page.getByRole("button", { name: "Show password" })).toHaveAttribute("aria-pressed", "false");
  });

  test("every password field has its own show-password button", async ({ page, user }) => {
    await requestRecoveryCode(page, user.email);
    await expect(page.getByRole("button", { name: "Show password" })).toHaveCount(2);
    await page.goto("/signin");
    await expect(page.getByRole("button", { name: "Show password" })).toHaveCount(1);
  });

  test("a field's error leaves once it is edited; the alert's field keeps focus", async ({ page }) => {
    await signedUp(page);
    await confirmThroughForm(page, "000000");
    const code = codeField(page);
    await expect(code).toHaveAttribute("aria-invalid", "true");
    await code.press("Backspace");
    await expect(code).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(WRONG_CODE)).toHaveCount(0);
  });

  test("'Choose a password.' stands right under its input", async ({ page }) => {
    await page.goto("/signup");
    await page.getByRole("button", { name: "Sign up" }).click();
    const error = page.getByText("Choose a password.");
    await expect(error).toBeVisible();
    const inputBox = await page.getByLabel("Password", { exact: true }).boundingBox();
    const errorBox = await error.boundingBox();
    const checklistBox = await page.getByText("Your password needs:").boundingBox();
    expect(errorBox?.y).toBeGreaterThan(inputBox?.y ?? Infinity);
    expect(errorBox?.y).toBeLessThan(checklistBox?.y ?? 0);
    await expectNoViolations(page);
  });

  test("a wrong password puts focus on the password, described by the alert", async ({ page, user }) => {
    await signInThroughForm(page, { email: user.email, password: "Not-The-Password-1!" });
    const alert = formAlert(page);
    await expect(alert).toHaveText("Incorrect email or password.");
    const password = page.getByLabel("Password", { exact: true });
    await expect(password).toBeFocused();
    await expect(password).toHaveAccessibleDescription(/Incorrect email or password\./);
    await expect(password).toHaveValue("Not-The-Password-1!");
    await expectNoViolations(page);
  });

  test("sign-in with a known email starts at the password", async ({ page, user }) => {
    await page.goto(`/signin?email=${encodeURIComponent(user.email)}`);
    await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
  });

  test("a resend counts down instead of refusing, and clears the code's error", async ({ page }) => {
    const person = await signedUp(page);
    await confirmThroughForm(page, "000000");
    await expect(codeField(page)).toHaveAttribute("aria-invalid", "true");
    await page.getByRole("button", { name: "Send a new code" }).click();
    await expect(page.getByText("We sent a new code to your email.")).toBeVisible();
    await expect(page.getByText(/You can ask for another code in \d+ seconds?\./)).toBeVisible();
    await expect(page.getByRole("button", { name: "Send a new code" })).toHaveCount(0);
    await expect(codeField(page)).toBeFocused();
    await expect(codeField(page)).not.toHaveAttribute("aria-invalid", "true");
    await expect(formAlert(page)).toHaveText("");
    await expectNoViolations(page);
    await confirmThroughForm(page, await latestCode(person.email, "RESEND"));
    // The new account is signed in straight away (issue 12).
    await expect(page).toHaveURL((url) => url.pathname === "/");
  });

  test("recovery's resend waits out the cooldown of the code just sent", async ({ page, user }) => {
    await requestRecoveryCode(page, user.email);
    await expect(page.getByText(/You can ask for another code in \d+ seconds?\./)).toBeVisible();
    await expect(page.getByRole("button", { name: "Send a new code" })).toHaveCount(0);
    await expect(page.getByRole("alert").filter({ hasText: "Please wait" })).toHaveCount(0);
    await expectNoViolations(page);
  });

  test("password managers see the email as the username, never the handle", async ({ page, user }) => {
    await page.goto("/signup");
    await expect(page.getByLabel("Email", { exact: true })).toHaveAttribute("autocomplete", "username");
    await expect(page.getByLabel("Username", { exact: true })).not.toHaveAttribute("autocomplete", "username");
    await page.goto("/signin");
    await expect(page.getByLabel("Email", { exact: true })).toHaveAttribute("autocomplete", "username");
    await requestRecoveryCode(page, user.email);
    const username = page.locator('input[autocomplete="username"]');
    await expect(username).toHaveValue(user.email);
    await expect(newPassword(page)).toHaveAttribute("autocomplete", "new-password");
  });

  test("the new-password step carries the email for password managers", async ({ page }) => {
    const person = newTestUser("pm");
    await createUserWithTemporaryPassword(person, "Temp-Pass-123!");
    await signInThroughForm(page, { email: person.email, password: "Temp-Pass-123!" });
    await expect(page).toHaveURL(/\/new-password$/);
    await expect(page.locator('input[autocomplete="username"]')).toHaveValue(person.email);
    await expect(page.getByRole("button", { name: "Show password" })).toHaveCount(2);
    await expectNoViolations(page);
  });

  test("pages reached without their step pass axe", async ({ page }) => {
    await page.goto("/new-password");
    await expectNoViolations(page);
    await page.goto("/confirm");
    await expectNoViolations(page);
  });
});
