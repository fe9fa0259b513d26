import { accountId } from "../log/account-id";
import { logProblem } from "../log/problem-log";

export interface AppMail {
  to: string;
  kind: "EMAIL_CHANGE_NOTICE";
  subject: string;
  text: string;
}

interface MailerOptions {
  outboxUrl?: string;
  userPoolId: string;
  write?: (line: string) => void;
  post?: typeof fetch;
}

const POST_TIMEOUT_MS = 3_000;

/** No mail provider (no SES): the emulator's outbox, else one log line for an operator to wire to a sender. */
export function createMailer({ outboxUrl, userPoolId, write = console.log, post = fetch }: MailerOptions) {
  return async function sendAppMail(mail: AppMail): Promise<void> {
    if (!outboxUrl) {
      const line = { time: new Date().toISOString(), log: "mail", kind: mail.kind, to: await accountId(mail.to) };
      write(JSON.stringify(line));
      return;
    }
    try {
      const response = await post(outboxUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ userPoolId, email: mail.to, kind: mail.kind, subject: mail.subject, text: mail.text }),
        signal: AbortSignal.timeout(POST_TIMEOUT_MS),
      });
      if (!response.ok) logProblem("mail.not-sent", { kind: mail.kind, httpStatus: response.status });
    } catch (error) {
      logProblem("mail.not-sent", { kind: mail.kind, error: error instanceof Error ? error.name : typeof error });
    }
  };
}
