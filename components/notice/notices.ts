import { AUTH_ERRORS } from "@/lib/cognito/error-catalogue";

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
  "email-changed": "Your email address is changed. Sign in with the new one from now on.",
  "account-deleted": "Your account is deleted and you have been signed out everywhere. Thanks for crudding with us.",
  "session-expired": "Your session has ended. Please sign in again.",
  "challenge-expired": "That took too long. Please start again.",
  "passkey-added": "Your passkey is added. You can use it to sign in to Cruddur.",
  "passkey-removed": "That passkey is removed: it can no longer sign in to your account.",
  "passkey-not-found": AUTH_ERRORS["passkey-not-found"].message,
  "passkey-not-removed": "We couldn't remove that passkey. Please try again in a moment.",
  "step-expired": "That took too long. Please start again.",
  "two-factor-on":
    "Two-factor sign-in is on. Cruddur will ask for a code from your authenticator app when you sign in.",
  "two-factor-unavailable": "We couldn't change two-factor sign-in just now. Please try again in a moment.",
  "two-factor-off": "Two-factor sign-in is off. You'll sign in with your password alone.",
  "posting-soon": "Posting cruds is coming soon. Until then, enjoy the party!",
};

export function noticeText(code: string): string | undefined {
  return Object.hasOwn(notices, code) ? notices[code] : undefined;
}
