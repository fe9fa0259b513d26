import type { Browser, CDPSession, Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { expect, formAlert, signInThroughForm, test } from "./support/fixtures";
import { stack } from "./support/stack";

// The pool's passkey relying party is "localhost": a browser on 127.0.0.1 may not use it.
test.use({ baseURL: async ({}, provide) => provide(stack().main.url.replace("127.0.0.1", "localhost")) });
test.describe.configure({ timeout: 120_000 });

interface Authenticator {
  cdp: CDPSession;
  authenticatorId: string;
}

/** Chromium's virtual platform authenticator; without presence simulation it never answers. */
async function virtualAuthenticator(page: Page, options = { presence: true }): Promise<Authenticator> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: options.presence,
    },
  });
  return { cdp, authenticatorId };
}

const storedPasskeys = async ({ cdp, authenticatorId }: Authenticator) =>
  (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials.length;

const passkeyList = (page: Page) => page.getByRole("list", { name: "Your passkeys" });

async function signedInOnSettings(page: Page, user: { email: string; password: string }) {
  await signInThroughForm(page, user);
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Passkeys" })).toBeVisible();
}

async function confirmItsYou(page: Page, password: string) {
  await expect(page).toHaveURL(/\/settings\/confirm\?then=/);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Confirm" }).click();
}

/** From /settings to the ceremony page, confirming it's you on the way. */
async function openCeremony(page: Page, password: string) {
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await confirmItsYou(page, password);
  await expect(page).toHaveURL(/\/settings\/passkeys\/new$/);
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByRole("button", { name: "Create passkey" })).toBeEnabled();
}

async function signedInElsewhere(browser: Browser, user: { email: string; password: string }) {
  const page = await browser.newPage({ baseURL: stack().main.url.replace("127.0.0.1", "localhost") });
  await signedInOnSettings(page, user);
  return page;
}

test("adds a passkey on /settings, lists it, and removes it after confirming it's you", async ({
  browser,
  page,
  user,
}) => {
  const authenticator = await virtualAuthenticator(page);
  await signedInOnSettings(page, user);
  await expect(page.getByText("You have no passkeys yet.")).toBeVisible();
  await openCeremony(page, user.password);
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Create passkey" }).click();

  await expect(page.getByText("Your passkey is added. You can use it to sign in to Cruddur.")).toBeVisible();
  await expect(passkeyList(page).getByRole("listitem")).toHaveCount(1);
  await expect(passkeyList(page)).toContainText("On this device · added");
  expect(await storedPasskeys(authenticator)).toBe(1);
  await expectNoViolations(page);

  const other = await signedInElsewhere(browser, user);
  await other.getByRole("button", { name: /^Remove / }).click();
  await confirmItsYou(other, user.password);
  await expect(other).toHaveURL(/\/settings$/);
  await expect(passkeyList(other).getByRole("listitem")).toHaveCount(1);
  await other.getByRole("button", { name: /^Remove / }).click();
  await expect(other.getByText("That passkey is removed: it can no longer sign in to your account.")).toBeVisible();
  await expect(passkeyList(other)).toHaveCount(0);
  await other.close();
});

test("a passkey this authenticator already holds is refused with a clear message", async ({ page, user }) => {
  await virtualAuthenticator(page);
  await signedInOnSettings(page, user);
  await openCeremony(page, user.password);
  await page.getByRole("button", { name: "Create passkey" }).click();
  await expect(passkeyList(page).getByRole("listitem")).toHaveCount(1);

  await page.getByRole("button", { name: "Add a passkey" }).click();
  await page.getByRole("button", { name: "Create passkey" }).click();
  await expect(formAlert(page)).toContainText(
    "This device or password manager already holds a passkey for your account.",
  );
  await expectNoViolations(page);
});

test("a ceremony nobody answers ends with a clear message, and nothing is added", async ({ page, user }) => {
  const authenticator = await virtualAuthenticator(page, { presence: false });
  await signedInOnSettings(page, user);
  await openCeremony(page, user.password);
  // Cognito allows five minutes; the browser gives up at the options' timeout (Chromium waits 10 s at least).
  await page.locator("#passkey-creation-options").evaluate((script) => {
    script.textContent = JSON.stringify({ ...JSON.parse(script.textContent ?? "{}"), timeout: 1000 });
  });
  await page.getByRole("button", { name: "Create passkey" }).click();
  await expect(formAlert(page)).toContainText("No passkey was added: the request was cancelled or timed out.", {
    timeout: 60_000,
  });
  expect(await storedPasskeys(authenticator)).toBe(0);
  await expectNoViolations(page);
  await page.goto("/settings");
  await expect(page.getByText("You have no passkeys yet.")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the passkey part lists, and adding one says it needs JavaScript", async ({ page, user }) => {
    await signedInOnSettings(page, user);
    await expect(page.getByText("You have no passkeys yet.")).toBeVisible();
    await page.getByRole("button", { name: "Add a passkey" }).click();
    await confirmItsYou(page, user.password);
    await page.getByRole("button", { name: "Add a passkey" }).click();
    await expect(page.getByText("Adding a passkey needs JavaScript.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Create passkey" })).toBeDisabled();
  });
});
