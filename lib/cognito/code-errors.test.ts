import { describe, expect, it } from "vitest";
import { AuthError, asCodeError } from "./errors";

const vendor = (name: string, message: string) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400, requestId: "r1" } });

describe("errors of code-checking operations", () => {
  it.each([
    ["UserNotFoundException", "User does not exist.", "code-mismatch"],
    ["NotAuthorizedException", "User is disabled.", "code-mismatch"],
    ["LimitExceededException", "Attempt limit exceeded, please try after some time.", "too-many-failed-attempts"],
    ["CodeMismatchException", "Invalid verification code provided, please try again.", "code-mismatch"],
    ["ExpiredCodeException", "Invalid code provided, please request a code again.", "expired-code"],
    ["NotAuthorizedException", "User cannot be confirmed. Current status is CONFIRMED", "code-mismatch"],
    ["InvalidPasswordException", "Password did not conform with policy", "invalid-password"],
  ])("%s (%s) → %s", (name, message, code) => {
    const error = asCodeError(vendor(name, message));
    expect(error).toBeInstanceOf(AuthError);
    expect(error.code).toBe(code);
    expect(error.requestId).toBe("r1");
  });
});
