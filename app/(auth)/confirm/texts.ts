export const CODE_SENT = "We sent a new code to your email. It can take a minute to arrive.";

/** Why the visitor is here, chosen by code so a crafted URL can only name an email, never write the text. */
export function codeSentNotice(sent: string, email: string): string | undefined {
  if (sent === "sign-up") return `We sent a 6-digit code to ${email}. It can take a minute to arrive.`;
  if (sent === "unconfirmed") return `Your email isn't confirmed yet. We sent a new code to ${email}.`;
  if (sent === "unconfirmed-not-sent")
    return `Your email isn't confirmed yet. Ask for a new code below and we'll send it to ${email}.`;
  return undefined;
}
