export type AuthErrorCode =
  | "invalid-credentials"
  | "locked-out"
  | "user-not-confirmed"
  | "password-reset-required"
  | "temporary-password-expired"
  | "username-exists"
  | "email-taken"
  | "invalid-password"
  | "code-mismatch"
  | "code-required"
  | "totp-mismatch"
  | "totp-used"
  | "totp-setup-mismatch"
  | "totp-not-set-up"
  | "step-expired"
  | "expired-code"
  | "already-confirmed"
  | "too-many-failed-attempts"
  | "limit-exceeded"
  | "throttled"
  | "invalid-parameter"
  | "code-delivery-failed"
  | "session-expired"
  | "code-spent"
  | "passkey-not-accepted"
  | "feature-unavailable"
  | "unsupported-challenge"
  | "service-unavailable"
  | "unknown"
  | "refresh-token-reused"
  | PasskeyErrorCode;

export type PasskeyErrorCode =
  | "passkey-cancelled"
  | "passkey-expired"
  | "passkey-already-registered"
  | "passkey-not-supported"
  | "passkey-limit"
  | "passkey-not-found"
  | "passkey-needs-javascript"
  | "passkeys-unavailable"
  | "passkeys-misconfigured";

interface AuthErrorInfo {
  message: string;
  retryable: boolean;
  retryAfterSeconds?: number;
}

export const AUTH_ERRORS: Record<AuthErrorCode, AuthErrorInfo> = {
  "invalid-credentials": { message: "Incorrect email or password.", retryable: false },
  "locked-out": {
    message: "Too many failed sign-in attempts. Please wait a few minutes and try again.",
    retryable: true,
    retryAfterSeconds: 300,
  },
  "user-not-confirmed": { message: "Please confirm your email address to continue.", retryable: false },
  "password-reset-required": {
    message: "You need to reset your password before you can sign in.",
    retryable: false,
  },
  "temporary-password-expired": {
    message: "Your temporary password has expired. Please ask for a new invitation.",
    retryable: false,
  },
  "username-exists": {
    message: "An account with this email already exists. Sign in, or reset your password if you forgot it.",
    retryable: false,
  },
  "email-taken": {
    message: "That email address belongs to another Cruddur account. Choose a different one.",
    retryable: false,
  },
  "invalid-password": { message: "That password does not meet the password rules.", retryable: false },
  "code-mismatch": { message: "That code is not right. Check the latest email and try again.", retryable: false },
  "code-required": { message: "Enter the 6-digit code from your authenticator app.", retryable: false },
  "totp-mismatch": { message: "That code is not right. Check your authenticator app and try again.", retryable: false },
  "totp-used": { message: "That code was already used. Wait for the next one and try again.", retryable: true },
  "totp-setup-mismatch": {
    message: "That code is not right. Check that your app shows Cruddur and that your phone's clock is right.",
    retryable: false,
  },
  "totp-not-set-up": {
    message: "Two-factor sign-in with an authenticator app is not available right now.",
    retryable: false,
  },
  "step-expired": { message: "That took too long. Please start again.", retryable: false },
  "expired-code": { message: "That code has expired. Request a new one and try again.", retryable: false },
  "already-confirmed": { message: "This account is already confirmed. You can sign in.", retryable: false },
  "too-many-failed-attempts": {
    message: "Too many wrong codes. Please wait a few minutes and try again.",
    retryable: true,
    retryAfterSeconds: 300,
  },
  "limit-exceeded": {
    message: "You have reached the limit for this. Please wait a while and try again.",
    retryable: true,
    retryAfterSeconds: 900,
  },
  throttled: {
    message: "Too many requests right now. Please try again in a moment.",
    retryable: true,
    retryAfterSeconds: 5,
  },
  "invalid-parameter": { message: "Some details are not valid. Please check them and try again.", retryable: false },
  "code-delivery-failed": {
    message: "We could not send the email with your code. Please try again.",
    retryable: true,
    retryAfterSeconds: 30,
  },
  "session-expired": { message: "Your session has expired. Please sign in again.", retryable: false },
  "code-spent": {
    message: "That was the last try for this code. Ask for a new one below.",
    retryable: false,
  },
  "passkey-not-accepted": {
    message: "That passkey didn't work for this account. Try again, or choose another way to sign in.",
    retryable: false,
  },
  "feature-unavailable": {
    message: "That way of signing in isn't available right now. Please sign in with your password.",
    retryable: false,
  },
  "unsupported-challenge": {
    message: "This account needs a sign-in step Cruddur does not support yet.",
    retryable: false,
  },
  "service-unavailable": {
    message: "The sign-in service is unavailable right now. Please try again shortly.",
    retryable: true,
    retryAfterSeconds: 10,
  },
  unknown: { message: "Something went wrong. Please try again.", retryable: true },
  "refresh-token-reused": {
    message: "For your safety, this sign-in has ended. Please sign in again.",
    retryable: false,
  },
  "passkey-cancelled": {
    message: "No passkey was added: the request was cancelled or timed out. Please try again when you're ready.",
    retryable: true,
  },
  "passkey-expired": { message: "That took too long. Please try adding your passkey again.", retryable: true },
  "passkey-already-registered": {
    message: "This device or password manager already holds a passkey for your account.",
    retryable: false,
  },
  "passkey-not-supported": {
    message: "That passkey can't be used with Cruddur. Please try another device or password manager.",
    retryable: false,
  },
  "passkey-limit": {
    message: "Your account has as many passkeys as it can hold. Remove one to add another.",
    retryable: false,
  },
  "passkey-not-found": { message: "That passkey was already removed.", retryable: false },
  "passkey-needs-javascript": {
    message: "Adding a passkey needs JavaScript. Please turn it on, or use a browser that supports passkeys.",
    retryable: false,
  },
  "passkeys-unavailable": { message: "Passkeys aren't available on Cruddur right now.", retryable: false },
  "passkeys-misconfigured": {
    message: "Passkeys aren't set up correctly on our side, so none was added. We've logged it; please try later.",
    retryable: false,
  },
};
