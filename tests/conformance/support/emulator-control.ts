import { it } from "vitest";
import { onAws } from "./target";

/** One message the emulator "sent": Cognito's codes, or the app's own notices. */
export type OutboxMessage =
  | {
      userPoolId: string;
      username: string;
      email: string;
      kind: "SIGN_UP" | "RESEND" | "FORGOT_PASSWORD" | "ADMIN_CREATE_USER" | "VERIFY_EMAIL" | "EMAIL_OTP";
      code: string;
      message?: string;
      sentAt: string;
    }
  | {
      userPoolId?: string;
      email: string;
      kind: "EMAIL_CHANGE_NOTICE" | "PASSWORD_CHANGE_NOTICE" | "MFA_CHANGE_NOTICE";
      subject?: string;
      text?: string;
      sentAt: string;
    };

type CodeMessage = Extract<OutboxMessage, { code: string }>;

export async function readOutbox(endpoint: string, email?: string): Promise<OutboxMessage[]> {
  const query = email === undefined ? "" : `?email=${encodeURIComponent(email)}`;
  const response = await fetch(`${endpoint}/_emulator/outbox${query}`);
  if (!response.ok) throw new Error(`outbox answered ${response.status}`);
  return (await response.json()) as OutboxMessage[];
}

export async function latestCode(endpoint: string, email: string, kind: CodeMessage["kind"]): Promise<string> {
  const messages = (await readOutbox(endpoint, email)).filter(
    (message): message is CodeMessage => message.kind === kind && "code" in message,
  );
  const last = messages.at(-1);
  if (!last) throw new Error(`no ${kind} message for ${email} in the outbox`);
  return last.code;
}

/** Moves the emulator's clock forward; resolves to the emulator's time afterwards, in milliseconds. */
export async function advanceClock(endpoint: string, advanceSeconds: number): Promise<number> {
  return postClock(endpoint, { advanceSeconds });
}

export async function resetClock(endpoint: string): Promise<void> {
  await postClock(endpoint, { reset: true });
}

async function postClock(endpoint: string, body: object): Promise<number> {
  const response = await fetch(`${endpoint}/_emulator/clock`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`clock answered ${response.status}`);
  const { now } = (await response.json()) as { now: string };
  return Date.parse(now);
}

/** A different 6-digit code than the one given. */
export function wrongCode(code: string): string {
  return code === "000000" ? "111111" : "000000";
}

type TestBody = () => Promise<void>;

function emulatorOnly(reason: string) {
  return (title: string, body: TestBody, timeout?: number) =>
    it.skipIf(onAws)(onAws ? `${title} (skipped on AWS: ${reason})` : title, body, timeout);
}

/** Tests that read codes or temporary passwords from the emulator's outbox. */
export const itWithOutbox = emulatorOnly("needs the emulator outbox to read emailed codes");
/** Tests that move the emulator's clock to cover expiry. */
export const itWithClock = emulatorOnly("needs the emulator clock to cover expiry");
/** Tests of the emulator itself (store, concurrency, control endpoints). */
export const itEmulator = emulatorOnly("tests the emulator's own store or control endpoints");
