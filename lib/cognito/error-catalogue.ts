/** Every failure a Cognito call can end in, as the app sees it. */
export type AuthErrorCode =
  | "invalid-credentials"
  | "locked-out"
  | "user-not-confirmed"
  | "password-reset-required"
  | "temporary-password-expired"
  | "username-exists"
  | "invalid-password"
  | "code-mismatch"
  | "code-required"
  | "totp-mismatch"
  | "totp-used"
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
  | "passkey-not-supported"
  | "passkey-unavailable"
  | "feature-unavailable"
  | "unsupported-challenge"
  | "service-unavailable"
  | "unknown";

interface AuthErrorInfo {
  message: string;
  retryable: boolean;
  /** A sensible Retry-After for the API and form hints, in seconds. */
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
  "invalid-password": { message: "That password does not meet the password rules.", retryable: false },
  "code-mismatch": { message: "That code is not right. Check the latest email and try again.", retryable: false },
  "code-required": { message: "Enter the 6-digit code from your authenticator app.", retryable: false },
  "totp-mismatch": { message: "That code is not right. Check your authenticator app and try again.", retryable: false },
  "totp-used": { message: "That code was already used. Wait for the next one and try again.", retryable: true },
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
  "passkey-not-supported": {
    message: "Cruddur can't use that kind of passkey. Try another one, or choose another way to sign in.",
    retryable: false,
  },
  "passkey-unavailable": {
    message: "Passkeys aren't working on Cruddur right now. Please choose another way to sign in.",
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
};
