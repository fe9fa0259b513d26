import { JS_MODES, latestCode } from "./support/account-flows";
import { expectNoViolations } from "./support/axe";
import { newTestUser, outbox } from "./support/emulator";
import { expect, expectSignedIn, formAlert, test } from "./support/fixtures";
import { askForEmailCode, continueWithEmail, enterEmailCode } from "./support/sign-in-choices";

const WRONG_CODE = "That code is not right. Check the latest email and try again.";

for (const mode of JS_MODES) {
  test.describe(`sign-in choices ${mode.title}`, () => {
    test.use({ javaScriptEnabled: mode.javaScriptEnabled });

    test("the email alone leads to the choices, and an emailed code signs in", async ({ page, user }) => {
      await continueWithEmail(page, user.email, "/signin?next=%2Fnotifications");
      await expect(page.getByRole("heading", { name: "How would you like to sign in?" })).toBeVisible();
      await expect(page.getByText(`Signing in as ${user.email}.`)).toBeVisible();
      await page.getByRole("button", { name: "Email me a code" }).click();
      await expect(page).toHaveURL(/\/signin\/email-code$/);
      await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
      await enterEmailCode(page, await latestCode(user.email, "EMAIL_OTP"));
      await expect(page).toHaveURL(/\/notifications$/);
      await expectSignedIn(page, user);
    });

    test("a wrong code says so on the code field, and the right one still works", async ({ page, user }) => {
      await askForEmailCode(page, user.email);
      const code = await latestCode(user.email, "EMAIL_OTP");
      await enterEmailCode(page, code === "12345678" ? "87654321" : "12345678");
      await expect(page.getByText(WRONG_CODE)).toBeVisible();
      await expect(page.getByLabel("Sign-in code")).toHaveAttribute("aria-invalid", "true");
      await enterEmailCode(page, code);
      await expect(page).toHaveURL(/\/$/);
      await expectSignedIn(page, user);
    });

    test("the password works from the choices page too", async ({ page, user }) => {
      await continueWithEmail(page, user.email);
      await page.getByLabel("Password", { exact: true }).fill(user.password);
      await page.getByRole("button", { name: "Use my password" }).click();
      await expect(page).toHaveURL(/\/$/);
      await expectSignedIn(page, user);
    });

    test("going back to the choices from the code step stays on the code step", async ({ page, user }) => {
      await askForEmailCode(page, user.email);
      await page.goto("/signin/choose");
      await expect(page).toHaveURL(/\/signin\/email-code$/);
      await expect(page.getByLabel("Sign-in code")).toBeVisible();
    });

    test("without a passkey there is no passkey choice", async ({ page, user }) => {
      await continueWithEmail(page, user.email);
      await expect(page.getByRole("button", { name: "Email me a code" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Use a passkey" })).toHaveCount(0);
    });
  });
}

test.describe("sign-in choices reveal no accounts", () => {
  test("an unknown email gets the same choices, the same code page and the same wrong-code message", async ({
    page,
    user,
  }) => {
    const seen: string[][] = [];
    for (const email of [user.email, newTestUser("nobody").email]) {
      // The resend cooldown also holds per browser: a second email from the same one would wait for it.
      await page.context().clearCookies();
      await askForEmailCode(page, email);
      seen.push([await page.getByRole("main").innerText()]);
      await enterEmailCode(page, "12345678");
      await expect(page.getByText(WRONG_CODE)).toBeVisible();
    }
    const [known, unknown] = seen.map(([text]) => text?.replace(/\S+@\S+/g, "EMAIL").replace(/\d+/g, "N"));
    expect(unknown).toBe(known);
  });

  test("an unknown email's password reads like a wrong one", async ({ page, user }) => {
    for (const email of [user.email, newTestUser("nobody").email]) {
      await continueWithEmail(page, email);
      await page.getByLabel("Password", { exact: true }).fill("Not-The-Password-1!");
      await page.getByRole("button", { name: "Use my password" }).click();
      await expect(formAlert(page)).toHaveText("Incorrect email or password.");
    }
  });
});

test.describe("sign-in choices limits", () => {
  test("a new code waits for the cooldown, then replaces the old one", async ({ page, user }) => {
    await askForEmailCode(page, user.email);
    await expect(page.getByText(/You can ask for another code in \d+ seconds?\./)).toBeVisible();
    await expect(page.getByRole("button", { name: "Email me a new code" })).toBeVisible({ timeout: 40_000 });
    await page.getByRole("button", { name: "Email me a new code" }).click();
    await expect(page.getByText("We've sent a new code. Only the newest code works.")).toBeVisible();
    await enterEmailCode(page, await latestCode(user.email, "EMAIL_OTP", 2));
    await expect(page).toHaveURL(/\/$/);
    expect((await outbox(user.email)).filter((message) => message.kind === "EMAIL_OTP")).toHaveLength(2);
  });

  test("three wrong codes spend the code", async ({ page, user }) => {
    await askForEmailCode(page, user.email);
    for (let attempt = 0; attempt < 3; attempt++) {
      await enterEmailCode(page, "00000000");
      await expect(page.getByLabel("Sign-in code")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
    }
    await expect(page.getByText("That was the last try for this code. Ask for a new one below.")).toBeVisible();
    await enterEmailCode(page, await latestCode(user.email, "EMAIL_OTP"));
    await expect(page.getByText("That was the last try for this code. Ask for a new one below.")).toBeVisible();
  });
});

test.describe("sign-in choices accessibility", () => {
  test("the sign-in form, the choices, the code step and a wrong code", async ({ page, user }) => {
    await page.goto("/signin");
    await expectNoViolations(page);
    await continueWithEmail(page, user.email);
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Use my password" }).click();
    await expect(page.getByText("Enter your password.")).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Email me a code" }).click();
    await expect(page).toHaveURL(/\/signin\/email-code$/);
    await expectNoViolations(page);
    await enterEmailCode(page, "123");
    await expect(page.getByText("The code is the 8 digits from the email.")).toBeVisible();
    await expectNoViolations(page);
  });
});
