import { describe, expect, it } from "vitest";
import { AuthError, asAccountError, asEmailCodeError } from "./errors";

const vendor = (name: string, message: string) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400, requestId: "r1" } });

describe("errors of calls made with the signed-in person's token", () => {
  it.each([
    ["AliasExistsException", "An account with the given email already exists.", "email-taken"],
    ["UserNotFoundException", "User does not exist.", "session-expired"],
    ["NotAuthorizedException", "Access Token has been revoked", "session-expired"],
    ["LimitExceededException", "Attempt limit exceeded, please try after some time.", "limit-exceeded"],
    ["InvalidParameterException", "Invalid email address format.", "invalid-parameter"],
    ["CodeDeliveryFailureException", "Unable to deliver the code.", "code-delivery-failed"],
  ])("%s (%s) → %s", (name, message, code) => {
    const error = asAccountError(vendor(name, message));
    expect(error).toBeInstanceOf(AuthError);
    expect(error.code).toBe(code);
    expect(error.requestId).toBe("r1");
  });
});

describe("errors of verifying a new email address", () => {
  it.each([
    ["CodeMismatchException", "Invalid verification code provided, please try again.", "code-mismatch"],
    ["ExpiredCodeException", "Invalid code provided, please request a code again.", "expired-code"],
    ["LimitExceededException", "Attempt limit exceeded, please try after some time.", "too-many-failed-attempts"],
    ["AliasExistsException", "An account with the given email already exists.", "email-taken"],
  ])("%s (%s) → %s", (name, message, code) => {
    expect(asEmailCodeError(vendor(name, message)).code).toBe(code);
  });
});
