import {
  CompleteWebAuthnRegistrationCommand,
  StartWebAuthnRegistrationCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import type { CDPSession, Page } from "@playwright/test";
import {
  createCredential,
  newPasskey,
  type SoftwarePasskey,
} from "../tests/conformance/support/software-authenticator";
import { expectNoViolations } from "./support/axe";
import { tokensFor, withAdmin, type TestUser } from "./support/emulator";
import { expect, expectSignedIn, formAlert, test } from "./support/fixtures";
import { continueWithEmail } from "./support/sign-in-choices";
import { stack } from "./support/stack";

// The pool's relying party is "localhost", which an origin of 127.0.0.1 may not use: these tests
// open the app as http://localhost.
const RP_ID = "localhost";
const localOrigin = () => `http://localhost:${new URL(stack().main.url).port}`;
test.use({ baseURL: async ({}, provide) => provide(localOrigin()) });

const CANCELLED = "The passkey request was cancelled or timed out. Try again, or choose another way to sign in.";

/** What an account page would do: StartWebAuthnRegistration, the authenticator, CompleteWebAuthnRegistration. */
async function registerPasskey(user: TestUser): Promise<SoftwarePasskey> {
  const { accessToken } = await tokensFor(user);
  const passkey = newPasskey();
  await withAdmin(async (cognito) => {
    const started = await cognito.send(new StartWebAuthnRegistrationCommand({ AccessToken: accessToken }));
    const challenge = String((started.CredentialCreationOptions as { challenge: string }).challenge);
    const credential = createCredential(passkey, { challenge, rpId: RP_ID, origin: localOrigin() });
    await cognito.send(new CompleteWebAuthnRegistrationCommand({ AccessToken: accessToken, Credential: credential }));
  });
  return passkey;
}

/** Chromium's virtual authenticator, holding the same private key as the registered passkey. */
async function addToVirtualAuthenticator(page: Page, passkey: SoftwarePasskey): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  await cdp.send("WebAuthn.addCredential", {
    authenticatorId,
    credential: {
      credentialId: passkey.credentialId.toString("base64"),
      isResidentCredential: false,
      rpId: RP_ID,
      privateKey: passkey.privateKey.export({ format: "der", type: "pkcs8" }).toString("base64"),
      signCount: passkey.counter,
    },
  });
  return cdp;
}

/** The user pressing "Cancel" in the browser's passkey dialog, once. */
async function cancelFirstCeremony(page: Page) {
  await page.addInitScript(() => {
    const get = navigator.credentials.get.bind(navigator.credentials);
    let cancelled = false;
    navigator.credentials.get = (options) => {
      if (cancelled) return get(options);
      cancelled = true;
      return Promise.reject(new DOMException("The operation either timed out or was not allowed.", "NotAllowedError"));
    };
  });
}

test.describe("passkey sign-in", () => {
  test("a registered passkey signs in from the choices page", async ({ page, user }) => {
    await addToVirtualAuthenticator(page, await registerPasskey(user));
    await continueWithEmail(page, user.email);
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Use a passkey" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expectSignedIn(page, user);
  });

  test("a cancelled ceremony says so, offers the other ways, and can be tried again", async ({ page, user }) => {
    await addToVirtualAuthenticator(page, await registerPasskey(user));
    await cancelFirstCeremony(page);
    await continueWithEmail(page, user.email);
    await page.getByRole("button", { name: "Use a passkey" }).click();
    await expect(page).toHaveURL(/\/signin\/passkey$/);
    await expect(formAlert(page)).toHaveText(CANCELLED);
    await expect(page.getByRole("button", { name: "Choose another way to sign in" })).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expectSignedIn(page, user);
  });

  test("after a cancelled ceremony, another way still works", async ({ page, user }) => {
    await addToVirtualAuthenticator(page, await registerPasskey(user));
    await cancelFirstCeremony(page);
    await continueWithEmail(page, user.email);
    await page.getByRole("button", { name: "Use a passkey" }).click();
    await expect(formAlert(page)).toHaveText(CANCELLED);
    await page.getByRole("button", { name: "Choose another way to sign in" }).click();
    await expect(page).toHaveURL(/\/signin\/choose$/);
    await page.getByLabel("Password", { exact: true }).fill(user.password);
    await page.getByRole("button", { name: "Use my password" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expectSignedIn(page, user);
  });
});

test.describe("passkey sign-in without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("offers no passkey choice, and the others still work", async ({ page, user }) => {
    await registerPasskey(user);
    await continueWithEmail(page, user.email);
    await expect(page.getByRole("button", { name: "Email me a code" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Use a passkey" })).toHaveCount(0);
  });
});
