import { afterEach, describe, expect, it, vi } from "vitest";
import { AUTH_ERRORS, AuthError, asPasskeyError, toAuthError, type AuthErrorCode } from "./errors";

const vendor = (name: string, message = "raw Cognito text", status = 400) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status, requestId: "req-123" } });

afterEach(() => vi.restoreAllMocks());

describe("the error catalogue", () => {
  const table: [string, string, AuthErrorCode][] = [
    ["NotAuthorizedException", "Incorrect username or password.", "invalid-credentials"],
    ["NotAuthorizedException", "Password attempts exceeded", "locked-out"],
    ["NotAuthorizedException", "Refresh Token has been revoked", "session-expired"],
    ["NotAuthorizedException", "Refresh Token has expired", "session-expired"],
    ["NotAuthorizedException", "Invalid Refresh Token", "session-expired"],
    ["NotAuthorizedException", "Access Token has been revoked", "session-expired"],
    ["NotAuthorizedException", "Invalid session for the user, session is expired.", "step-expired"],
    ["NotAuthorizedException", "Invalid session for the user, session can only be used once.", "step-expired"],
    ["EnableSoftwareTokenMFAException", "Code mismatch and fail enable Software Token MFA", "totp-setup-mismatch"],
    [
      "SoftwareTokenMFANotFoundException",
      "Software Token MFA has not been enabled by the userPool.",
      "totp-not-set-up",
    ],
    ["NotAuthorizedException", "User cannot be confirmed. Current status is CONFIRMED", "already-confirmed"],
    [
      "NotAuthorizedException",
      "Temporary password has expired and must be reset by an administrator.",
      "temporary-password-expired",
    ],
    ["NotAuthorizedException", "User is disabled.", "invalid-credentials"],
    ["UserNotFoundException", "User does not exist.", "invalid-credentials"],
    ["UserNotConfirmedException", "User is not confirmed.", "user-not-confirmed"],
    ["PasswordResetRequiredException", "Password reset required for the user", "password-reset-required"],
    ["UsernameExistsException", "An account with the given email already exists.", "username-exists"],
    ["AliasExistsException", "An account with the email already exists.", "username-exists"],
    ["InvalidPasswordException", "Password did not conform with policy: Password not long enough", "invalid-password"],
    ["PasswordHistoryPolicyViolationException", "reused", "invalid-password"],
    ["CodeMismatchException", "Invalid verification code provided, please try again.", "code-mismatch"],
    ["ExpiredCodeException", "Invalid code provided, please request a code again.", "expired-code"],
    ["TooManyFailedAttemptsException", "Too many failed attempts.", "too-many-failed-attempts"],
    ["LimitExceededException", "Attempt limit exceeded, please try after some time.", "limit-exceeded"],
    ["TooManyRequestsException", "Rate exceeded", "throttled"],
    ["InvalidParameterException", "1 validation error detected", "invalid-parameter"],
    ["InvalidParameterException", "User is already confirmed.", "already-confirmed"],
    ["CodeDeliveryFailureException", "Unable to deliver", "code-delivery-failed"],
    ["InternalErrorException", "Internal error", "service-unavailable"],
    ["FeatureUnavailableInTierException", "Choice-based sign-in needs Essentials", "feature-unavailable"],
  ];

  it.each(table)("%s (%s) → %s", (name, message, code) => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const error = toAuthError(vendor(name, message));
    expect(error).toBeInstanceOf(AuthError);
    expect(error.code).toBe(code);
    expect(error.message).toBe(AUTH_ERRORS[code].message);
    expect(error.message).not.toContain(message);
    expect(error.requestId).toBe("req-123");
  });

  it("gives unknown users and wrong passwords the same message", () => {
    expect(toAuthError(vendor("UserNotFoundException")).message).toBe(
      toAuthError(vendor("NotAuthorizedException", "Incorrect username or password.")).message,
    );
  });

  it.each([
    [
      "connection refused",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9229"), { code: "ECONNREFUSED", $metadata: {} }),
    ],
    ["SDK timeout", Object.assign(new Error("timed out"), { name: "TimeoutError" })],
    ["fetch abort timeout", new DOMException("The operation timed out.", "TimeoutError")],
    ["fetch failure", new TypeError("fetch failed")],
    ["HTTP 503", vendor("ServiceUnavailable", "busy", 503)],
  ])("maps %s to service-unavailable", (_label, error) => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(toAuthError(error).code).toBe("service-unavailable");
  });

  it("maps SDK throttling hints to throttled", () => {
    expect(toAuthError(Object.assign(vendor("SomethingThrottled"), { $retryable: { throttling: true } })).code).toBe(
      "throttled",
    );
  });

  it("logs unknown errors with the request id, never the message", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    // The problem log writes an event once a minute: start a fresh minute.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 3_600_000);
    const error = toAuthError(vendor("WeirdException", "password hunter2 code 123456"));
    vi.useRealTimers();
    expect(error.code).toBe("unknown");
    expect(error.message).toBe("Something went wrong. Please try again.");
    expect(JSON.parse(String(log.mock.calls.at(-1)?.[0]))).toMatchObject({
      event: "cognito.unexpected-error",
      error: "WeirdException",
      requestId: "req-123",
    });
    expect(JSON.stringify(log.mock.calls)).not.toMatch(/hunter2|123456/);
  });

  it("passes AuthErrors through and survives non-errors", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const original = new AuthError("expired-code");
    expect(toAuthError(original)).toBe(original);
    expect(toAuthError("a string").code).toBe("unknown");
    expect(toAuthError(null).code).toBe("unknown");
  });

  it("gives retry hints where waiting helps", () => {
    expect(new AuthError("throttled")).toMatchObject({ retryable: true, retryAfterSeconds: 5 });
    expect(new AuthError("invalid-credentials")).toMatchObject({ retryable: false, retryAfterSeconds: undefined });
  });
});

describe("passkey and rotation failures", () => {
  it("tells the operator about a relying-party mismatch, which only configuration can fix", () => {
    const problems = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 7_200_000);
    toAuthError(vendor("WebAuthnRelyingPartyMismatchException"));
    vi.useRealTimers();
    expect(String(problems.mock.calls.at(-1)?.[0])).toContain("cognito.misconfigured");
  });

  it.each([
    ["RefreshTokenReuseException", "refresh-token-reused"],
    ["WebAuthnChallengeNotFoundException", "passkey-expired"],
    ["WebAuthnCredentialNotSupportedException", "passkey-not-supported"],
    ["WebAuthnNotEnabledException", "passkeys-unavailable"],
    ["FeatureUnavailableInTierException", "feature-unavailable"],
    ["WebAuthnConfigurationMissingException", "passkeys-misconfigured"],
    ["WebAuthnClientMismatchException", "passkeys-misconfigured"],
    ["WebAuthnOriginNotAllowedException", "passkeys-misconfigured"],
    ["WebAuthnRelyingPartyMismatchException", "passkeys-misconfigured"],
  ])("maps %s to %s", (name, code) => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(toAuthError(vendor(name)).code).toBe(code);
  });

  it.each([
    ["ResourceNotFoundException", "Not found", "passkey-not-found"],
    ["LimitExceededException", "A user can register at most 20 passkeys.", "passkey-limit"],
    ["InvalidParameterException", "This passkey is already registered.", "passkey-already-registered"],
  ])("words %s from a passkey operation as %s", (name, message, code) => {
    expect(asPasskeyError(vendor(name, message)).code).toBe(code);
  });
});
