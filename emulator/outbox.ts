import type { OutboxEntry, OutboxKind, State } from "./store/types";

const TITLES: Record<OutboxKind, string> = {
  SIGN_UP: "Sign-up confirmation code",
  RESEND: "Sign-up confirmation code (resent)",
  FORGOT_PASSWORD: "Password reset code",
  ADMIN_CREATE_USER: "Temporary password (admin invitation)",
  EMAIL_OTP: "Sign-in code",
  VERIFY_EMAIL: "Email address verification code",
};

export function boxed(entry: OutboxEntry): string {
  const lines = [
    `✉  ${TITLES[entry.kind]}`,
    `to:    ${entry.email}`,
    `pool:  ${entry.userPoolId}   user: ${entry.username}`,
    `${entry.kind === "ADMIN_CREATE_USER" ? "password" : "code"}:  ${entry.code}`,
    ...(entry.message ? [`text:  ${entry.message}`] : []),
  ];
  const width = Math.max(...lines.map((line) => line.length)) + 2;
  const row = (line: string) => `│ ${line.padEnd(width - 1)}│`;
  return [`┌${"─".repeat(width)}┐`, ...lines.map(row), `└${"─".repeat(width)}┘`].join("\n");
}

export interface Outbox {
  send(entry: Omit<OutboxEntry, "sentAt">): void;
  list(email?: string): OutboxEntry[];
  clear(): void;
}

/** Stores every message the emulator would have emailed and shows it in the log. */
export function createOutbox(state: State, now: () => number, log: (line: string) => void): Outbox {
  return {
    send(entry) {
      const full = { ...entry, sentAt: new Date(now()).toISOString() };
      state.outbox.push(full);
      log(boxed(full));
    },
    list(email) {
      const wanted = email?.toLowerCase();
      return state.outbox.filter((entry) => !wanted || entry.email.toLowerCase() === wanted);
    },
    clear() {
      state.outbox.length = 0;
    },
  };
}
