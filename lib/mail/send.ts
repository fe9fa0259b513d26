import "server-only";
import { getConfig } from "../config/env";
import { emulatorAppMailUrl } from "../config/emulator";
import { processSingleton } from "../store/process-singleton";
import { createMailer, type AppMail } from "./app-mail";

export function sendAppMail(mail: AppMail): Promise<void> {
  const mailer = processSingleton("app-mailer", () => {
    const config = getConfig();
    return createMailer({ outboxUrl: emulatorAppMailUrl(config), userPoolId: config.userPoolId });
  });
  return mailer(mail);
}

/** To the old address once the new one is verified: the account's owner learns of a change they did not make. */
export function emailChangedNotice(oldEmail: string, newEmail: string): AppMail {
  return {
    to: oldEmail,
    kind: "EMAIL_CHANGE_NOTICE",
    subject: "Your Cruddur email address was changed",
    text: [
      `The email address of your Cruddur account is now ${newEmail}.`,
      "If you made this change, there is nothing more to do.",
      "If you did not, someone else may have your password: contact Cruddur support right away.",
    ].join("\n"),
  };
}
