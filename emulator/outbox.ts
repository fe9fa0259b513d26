import type { AppMail, AppMailKind, OutboxEntry, OutboxKind, OutboxMessage, State } from "./store/types";

const TITLES: Record<OutboxKind | AppMailKind, string> = {
  SIGN_UP: "Sign-up confirmation code",
  RESEND: "Sign-up confirmation code (resent)",
  FORGOT_PASSWORD: "Password reset code",
  ADMIN_CREATE_USER: "Temporary password (admin invitation)",
  VERIFY_EMAIL: "Email address verification code",
  EMAIL_OTP: "Sign-in code",
  EMAIL_CHANGE_NOTICE: "Notice from the app: email address being changed",
  PASSWORD_CHANGE_NOTICE: "Notice from the app: password changed",
  MFA_CHANGE_NOTICE: "Notice from the app: MFA settings changed",
};

const isCodeMessage = (message: OutboxMessage): message is OutboxEntry => "code" in message;

function bodyLines(message: OutboxMessage): string[] {
  if (isCodeMessage(message)) {
    const label = message.kind === "ADMIN_CREATE_USER" ? "password" : "code";
    const text = message.message ? [`text:  ${message.message}`] : [];
    return [`pool:  ${message.userPoolId}   user: ${message.username}`, `${label}:  ${message.code}`, ...text];
  }
  return [
    ...(message.userPoolId ? [`pool:  ${message.userPoolId}`] : []),
    ...(message.subject ? [`subject: ${message.subject}`] : []),
    ...(message.text ?? "").split("\n").filter(Boolean),
  ];
}

function boxed(message: OutboxMessage): string {
  const lines = [`✉  ${TITLES[message.kind]}`, `to:    ${message.email}`, ...bodyLines(message)];
  const width = Math.max(...lines.map((line) => line.length)) + 2;
  const row = (line: string) => `│ ${line.padEnd(width - 1)}│`;
  return [`┌${"─".repeat(width)}┐`, ...lines.map(row), `└${"─".repeat(width)}┘`].join("\n");
}

export interface Outbox {
  send(entry: Omit<OutboxEntry, "sentAt">): void;
  sendAppMail(mail: Omit<AppMail, "sentAt">): AppMail;
  list(email?: string): OutboxMessage[];
  clear(): void;
}

/** Stores every message the emulator would have emailed, or the app sent, and shows it in the log. */
export function createOutbox(state: State, now: () => number, log: (line: string) => void): Outbox {
  const record = <T extends OutboxMessage>(message: T): T => {
    state.outbox.push(message);
    log(boxed(message));
    return message;
  };
  return {
    send: (entry) => void record({ ...entry, sentAt: new Date(now()).toISOString() }),
    sendAppMail: (mail) => record({ ...mail, sentAt: new Date(now()).toISOString() }),
    list(email) {
      const wanted = email?.toLowerCase();
      return state.outbox.filter((entry) => !wanted || entry.email.toLowerCase() === wanted);
    },
    clear() {
      state.outbox.length = 0;
    },
  };
}
