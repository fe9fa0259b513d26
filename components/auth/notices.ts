// Notices are chosen by code so a crafted URL can never put arbitrary text on the page.
const notices: Record<string, string> = {
  confirmed: "Your email is confirmed. You can sign in now.",
  "password-reset": "Your password has been reset. Sign in with your new password.",
  "signed-out": "You have been signed out.",
  "session-expired": "Your session has ended. Please sign in again.",
  "challenge-expired": "That took too long. Please sign in again.",
};

export function noticeText(code: string): string | undefined {
  return Object.hasOwn(notices, code) ? notices[code] : undefined;
}
