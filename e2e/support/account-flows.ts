import { AdminCreateUserCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect, type Page } from "@playwright/test";
import { outbox, withAdmin, type OutboxMessage, type TestUser } from "./emulator";
import { stack } from "./stack";
import { verifiedUserAttributes } from "../../scripts/provisioning/user-attributes";

/** The newest code of `kind` sent to `email`, once at least `count` such messages exist. */
export async function latestCode(email: string, kind: OutboxMessage["kind"], count = 1): Promise<string> {
  let messages: OutboxMessage[] = [];
  await expect
    .poll(async () => {
      messages = (await outbox(email)).filter((message) => message.kind === kind);
      return messages.length;
    })
    .toBeGreaterThanOrEqual(count);
  return messages.at(-1)?.code ?? "";
}

export async function signUpThroughForm(page: Page, user: TestUser, path = "/signup") {
  await page.goto(path);
  await page.getByLabel("Name", { exact: true }).fill(user.name);
  await page.getByLabel("Email", { exact: true }).fill(user.email);
  await page.getByLabel("Username", { exact: true }).fill(user.handle);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign up" }).click();
}

export async function confirmThroughForm(page: Page, code: string) {
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Confirm email" }).click();
}

export async function requestRecoveryCode(page: Page, email: string) {
  await page.goto("/forgot");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a code" }).click();
}

export async function resetThroughForm(page: Page, code: string, password: string, again = password) {
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("Confirm new password").fill(again);
  await page.getByRole("button", { name: "Reset password" }).click();
}

/** What an operator does in the console: a user with a temporary password and no invitation email. */
export async function createUserWithTemporaryPassword(user: TestUser, temporaryPassword: string): Promise<void> {
  await withAdmin((admin) =>
    admin.send(
      new AdminCreateUserCommand({
        UserPoolId: stack().userPoolId,
        Username: user.email,
        TemporaryPassword: temporaryPassword,
        MessageAction: "SUPPRESS",
        UserAttributes: verifiedUserAttributes(user),
      }),
    ),
  );
}

/**
 * Moves the emulator's clock (global to the emulator: keep the window short and always reset).
 * Runs `during` with time advanced by `seconds`, then puts the clock back.
 */
export async function withEmulatorClockAdvanced<T>(seconds: number, during: () => Promise<T>): Promise<T> {
  await moveClock({ advanceSeconds: seconds });
  try {
    return await during();
  } finally {
    await moveClock({ reset: true });
  }
}

async function moveClock(body: { advanceSeconds: number } | { reset: true }) {
  const response = await fetch(`${stack().emulatorUrl}/_emulator/clock`, {
    method: "POST",
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`emulator clock: HTTP ${response.status}`);
}

/** Both modes of every journey: JavaScript on, and a plain HTML form POST. */
export const JS_MODES = [
  { title: "with JavaScript", javaScriptEnabled: true },
  { title: "without JavaScript", javaScriptEnabled: false },
] as const;
