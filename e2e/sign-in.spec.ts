import { expect, expectSignedIn, formAlert, signInThroughForm, test } from "./support/fixtures";
import { stack } from "./support/stack";

test.describe("sign-in", () => {
  test("the demo account signs in and sees the logged-in home", async ({ page }) => {
    await signInThroughForm(page, stack().demo);
    await expect(page).toHaveURL(/\/$/);
    await expectSignedIn(page, stack().demo);
    await expect(page.getByRole("article", { name: "Crud by Lore" })).toBeVisible();
  });

  test("wrong password and unknown email read the same", async ({ page, user }) => {
    await signInThroughForm(page, { email: user.email, password: "Not-The-Password-1!" });
    const alert = formAlert(page);
    await expect(alert).toHaveText("Incorrect email or password.");
    await expect(page.getByLabel("Email")).toHaveValue(user.email);
    await expect(page.getByLabel("Password")).toHaveValue("Not-The-Password-1!");

    await signInThroughForm(page, { email: `nobody-${Date.now()}@cruddur.test`, password: "Not-The-Password-1!" });
    await expect(alert).toHaveText("Incorrect email or password.");
    expect(await page.context().cookies()).toEqual([]);
  });

  test("while the sign-in is in flight the button is pending and cannot submit twice", async ({ page, user }) => {
    let posts = 0;
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/signin*", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      posts += 1;
      await held;
      await route.continue();
    });
    await page.goto("/signin");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    const pending = page.getByRole("button", { name: "Signing in…" });
    await expect(pending).toBeDisabled();
    await pending.click({ force: true });
    release();
    await expectSignedIn(page, user);
    expect(posts).toBe(1);
  });

  test("an empty form gets a field error, not a round trip to Cognito; the password is optional", async ({ page }) => {
    await page.goto("/signin");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Enter your email address.")).toBeVisible();
    await expect(page.getByLabel("Password", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  });
});

test.describe("sign-in without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a plain form POST signs in", async ({ page, user }) => {
    await signInThroughForm(page, user);
    await expect(page).toHaveURL(/\/$/);
    await expectSignedIn(page, user);
  });

  test("a wrong password is reported on the server-rendered page", async ({ page, user }) => {
    await signInThroughForm(page, { email: user.email, password: "Not-The-Password-1!" });
    await expect(formAlert(page)).toHaveText("Incorrect email or password.");
    await expect(page.getByLabel("Email")).toHaveValue(user.email);
  });
});
