import { logProblem } from "../log/problem-log";
import { AUTH_ERRORS, type AuthErrorCode } from "./error-catalogue";

export { AUTH_ERRORS, type AuthErrorCode } from "./error-catalogue";

// Carries only the user-facing message, never Cognito's text, which may echo input.
export class AuthError extends Error {
  readonly retryable: boolean;
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: AuthErrorCode,
    readonly requestId?: string,
  ) {
    super(AUTH_ERRORS[code].message);
    this.name = "AuthError";
    this.retryable = AUTH_ERRORS[code].retryable;
    this.retryAfterSeconds = AUTH_ERRORS[code].retryAfterSeconds;
  }
}

interface VendorError {
  name?: string;
  message?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number; requestId?: string };
  $retryable?: { throttling?: boolean };
}

const BY_EXCEPTION: Record<string, AuthErrorCode> = {
  UserNotFoundException: "invalid-credentials",
  UserNotConfirmedException: "user-not-confirmed",
  PasswordResetRequiredException: "password-reset-required",
  UsernameExistsException: "username-exists",
  AliasExistsException: "username-exists",
  InvalidPasswordException: "invalid-password",
  PasswordHistoryPolicyViolationException: "invalid-password",
  CodeMismatchException: "code-mismatch",
  EnableSoftwareTokenMFAException: "totp-setup-mismatch",
  SoftwareTokenMFANotFoundException: "totp-not-set-up",
  ExpiredCodeException: "expired-code",
  TooManyFailedAttemptsException: "too-many-failed-attempts",
  LimitExceededException: "limit-exceeded",
  TooManyRequestsException: "throttled",
  InvalidParameterException: "invalid-parameter",
  CodeDeliveryFailureException: "code-delivery-failed",
  InternalErrorException: "service-unavailable",
  ServiceUnavailableException: "service-unavailable",
  RefreshTokenReuseException: "refresh-token-reused",
  WebAuthnChallengeNotFoundException: "passkey-expired",
  WebAuthnCredentialNotSupportedException: "passkey-not-supported",
  WebAuthnNotEnabledException: "passkeys-unavailable",
  FeatureUnavailableInTierException: "feature-unavailable",
  WebAuthnConfigurationMissingException: "passkeys-misconfigured",
  WebAuthnClientMismatchException: "passkeys-misconfigured",
  WebAuthnOriginNotAllowedException: "passkeys-misconfigured",
  WebAuthnRelyingPartyMismatchException: "passkeys-misconfigured",
};

const PROBLEM_EVENTS: Partial<Record<AuthErrorCode, string>> = {
  unknown: "cognito.unexpected-error",
  "service-unavailable": "cognito.unavailable",
  "passkeys-misconfigured": "cognito.misconfigured",
  "feature-unavailable": "cognito.misconfigured",
};

export const isSpentStep = (code: string) => code === "step-expired" || code === "session-expired";

const NOT_AUTHORIZED: [RegExp, AuthErrorCode][] = [
  [/password attempts exceeded/i, "locked-out"],
  [/invalid session for the user/i, "step-expired"],
  [
    /refresh token has (been revoked|expired)|invalid refresh token|access token has (been revoked|expired)|session is expired|invalid session/i,
    "session-expired",
  ],
  [/current status is confirmed/i, "already-confirmed"],
  [/temporary password has expired/i, "temporary-password-expired"],
];

const NETWORK_NAMES = new Set([
  "TimeoutError",
  "AbortError",
  "RequestTimeout",
  "RequestTimeoutException",
  "NetworkingError",
  "FetchError",
]);
const NETWORK_CODES = /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|EPIPE|EHOSTUNREACH|UND_ERR_\w+)$/;

function classify(error: VendorError): AuthErrorCode {
  const name = error.name ?? "";
  if (name === "NotAuthorizedException") {
    return NOT_AUTHORIZED.find(([pattern]) => pattern.test(error.message ?? ""))?.[1] ?? "invalid-credentials";
  }
  if (name === "InvalidParameterException" && /already confirmed/i.test(error.message ?? ""))
    return "already-confirmed";
  const known = BY_EXCEPTION[name];
  if (known) return known;
  if (error.$retryable?.throttling) return "throttled";
  const status = error.$metadata?.httpStatusCode;
  if (status !== undefined && status >= 500) return "service-unavailable";
  if (
    status === undefined &&
    (NETWORK_NAMES.has(name) || NETWORK_CODES.test(error.code ?? "") || /fetch failed/i.test(error.message ?? ""))
  ) {
    return "service-unavailable";
  }
  return "unknown";
}

export function toAuthError(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  const vendor: VendorError = typeof error === "object" && error !== null ? (error as VendorError) : {};
  const code = classify(vendor);
  const requestId = vendor.$metadata?.requestId;
  const event = PROBLEM_EVENTS[code];
  if (event) {
    logProblem(event, {
      error: vendor.name ?? typeof error,
      errorCode: vendor.code,
      httpStatus: vendor.$metadata?.httpStatusCode,
      requestId,
    });
  }
  return new AuthError(code, requestId);
}

export function asTotpError(error: unknown): AuthError {
  const authError = toAuthError(error);
  if (authError.code === "code-mismatch") return new AuthError("totp-mismatch", authError.requestId);
  if (authError.code === "expired-code") return new AuthError("totp-used", authError.requestId);
  if (authError.code === "limit-exceeded") return new AuthError("too-many-failed-attempts", authError.requestId);
  return authError;
}

// An unknown or confirmed account reads as a wrong code (no enumeration); LimitExceeded here is too many wrong codes.
export function asCodeError(error: unknown): AuthError {
  const authError = toAuthError(error);
  const revealsAccount = authError.code === "invalid-credentials" || authError.code === "already-confirmed";
  if (revealsAccount) return new AuthError("code-mismatch", authError.requestId);
  if (authError.code === "limit-exceeded") return new AuthError("too-many-failed-attempts", authError.requestId);
  return authError;
}

// With the person's own token: an unknown user means the session is over; the only alias to collide with is the email.
export function asAccountError(error: unknown): AuthError {
  const authError = toAuthError(error);
  if (authError.code === "invalid-credentials") return new AuthError("session-expired", authError.requestId);
  if (authError.code === "username-exists") return new AuthError("email-taken", authError.requestId);
  return authError;
}

// LimitExceeded here is too many wrong codes, not a general quota.
export function asEmailCodeError(error: unknown): AuthError {
  const authError = asAccountError(error);
  if (authError.code === "limit-exceeded") return new AuthError("too-many-failed-attempts", authError.requestId);
  return authError;
}

export function asPasskeyError(error: unknown): AuthError {
  const vendor = typeof error === "object" && error !== null ? (error as VendorError) : {};
  if (vendor.name === "ResourceNotFoundException")
    return new AuthError("passkey-not-found", vendor.$metadata?.requestId);
  const authError = toAuthError(error);
  if (authError.code === "limit-exceeded") return new AuthError("passkey-limit", authError.requestId);
  if (authError.code === "invalid-parameter" && /already registered/i.test(vendor.message ?? "")) {
    return new AuthError("passkey-already-registered", authError.requestId);
  }
  return authError;
}

// Cognito ends the code's session when it expires or after three wrong codes: a dead session reads as an expired code.
export function asSignInCodeError(error: unknown): AuthError {
  const authError = asCodeError(error);
  if (authError.code === "session-expired" || authError.code === "step-expired") {
    return new AuthError("expired-code", authError.requestId);
  }
  return authError;
}

const PASSKEY_SIGN_IN_CODES: Partial<Record<AuthErrorCode, AuthErrorCode>> = {
  "invalid-credentials": "passkey-not-accepted",
  "passkey-expired": "session-expired",
  "step-expired": "session-expired",
  "passkeys-misconfigured": "passkeys-unavailable",
};

export function asPasskeySignInError(error: unknown): AuthError {
  const authError = toAuthError(error);
  const code = PASSKEY_SIGN_IN_CODES[authError.code];
  if (code) return new AuthError(code, authError.requestId);
  return authError;
}
