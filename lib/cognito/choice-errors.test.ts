import { describe, expect, it } from "vitest";
import { AuthError, asPasskeySignInError, asSignInCodeError } from "./errors";

const vendor = (name: string, message: string) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400, requestId: "r1" } });

describe("errors of an emailed sign-in code", () => {
  it.each([
    ["CodeMismatchException", "Invalid code or auth state for the user.", "code-mismatch"],
    ["NotAuthorizedException", "Invalid session for the user, session is expired.", "expired-code"],
    ["NotAuthorizedException", "Invalid session for the user.", "expired-code"],
    ["UserNotFoundException", "User does not exist.", "code-mismatch"],
    ["LimitExceededException", "Attempt limit exceeded", "too-many-failed-attempts"],
  ])("%s (%s) → %s", (name, message, code) => {
    const error = asSignInCodeError(vendor(name, message));
    expect(error).toBeInstanceOf(AuthError);
    expect(error.code).toBe(code);
    expect(error.requestId).toBe("r1");
  });
});

describe("errors of a passkey assertion", () => {
  it.each([
    ["NotAuthorizedException", "The passkey could not be verified.", "passkey-not-accepted"],
    ["NotAuthorizedException", "Invalid session for the user, session is expired.", "session-expired"],
    ["WebAuthnNotEnabledException", "Passkey sign-in is not enabled.", "passkeys-unavailable"],
    ["WebAuthnRelyingPartyMismatchException", "RP mismatch", "passkeys-unavailable"],
    ["WebAuthnChallengeNotFoundException", "No challenge", "session-expired"],
  ])("%s (%s) → %s", (name, message, code) => {
    expect(asPasskeySignInError(vendor(name, message)).code).toBe(code);
  });
});
