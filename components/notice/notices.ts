// Notices are chosen by code so a crafted URL can never put arbitrary text on the page.
const notices: Record<string, string> = {
  confirmed: "Your email is confirmed. You can sign in now.",
  "password-reset": "Your password has been reset. Sign in with your new password.",
  "signed-out": "You have been signed out.",
  "signed-out-everywhere": "You have been signed out on all your devices.",
  "devices-not-signed-out": "We couldn't sign out your other devices. Please try again.",
  "password-changed": "Your password is changed. Every other device has been signed out.",
  "password-changed-sign-in-again":
    "Your password is changed and every other device has been signed out. This device will ask you to sign in again soon.",
  "signed-out-device": "That device has been signed out.",
  "signed-out-other-devices": "Every other device has been signed out.",
  "sign-in-not-found": "That sign-in had already ended.",
  "session-unavailable": "We can't confirm your sign-in right now. Please try again in a moment.",
  "session-expired": "Your session has ended. Please sign in again.",
  "challenge-expired": "That took too long. Please sign in again.",
  "posting-soon": "Posting cruds is coming soon. Until then, enjoy the party!",
};

export function noticeText(code: string): string | undefined {
  return Object.hasOwn(notices, code) ? notices[code] : undefined;
}
