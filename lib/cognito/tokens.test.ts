import { describe, expect, it } from "vitest";
import { toSignInResult } from "./tokens";

const session = "opaque-session";

describe("toSignInResult for choice-based sign-in", () => {
  it("turns SELECT_CHALLENGE into the choices Cruddur offers, leaving out PASSWORD_SRP", () => {
    const output = {
      ChallengeName: "SELECT_CHALLENGE",
      Session: session,
      AvailableChallenges: ["PASSWORD_SRP", "WEB_AUTHN", "PASSWORD", "EMAIL_OTP"],
    };
    expect(toSignInResult(output, "a@b.test")).toEqual({
      kind: "choose-sign-in",
      session,
      username: "a@b.test",
      available: ["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"],
    });
  });

  it("turns EMAIL_OTP into the code step", () => {
    const output = { ChallengeName: "EMAIL_OTP", Session: session, ChallengeParameters: { USER_ID_FOR_SRP: "sub-1" } };
    expect(toSignInResult(output, "a@b.test")).toEqual({ kind: "email-code-required", session, username: "sub-1" });
  });

  it("keeps WEB_AUTHN's request options for the passkey page", () => {
    const options = JSON.stringify({ challenge: "c", rpId: "localhost" });
    const output = {
      ChallengeName: "WEB_AUTHN",
      Session: session,
      ChallengeParameters: { CREDENTIAL_REQUEST_OPTIONS: options },
    };
    expect(toSignInResult(output, "a@b.test")).toMatchObject({ kind: "passkey-required", requestOptions: options });
  });

  it("refuses WEB_AUTHN without request options, and challenges it does not know", () => {
    expect(() => toSignInResult({ ChallengeName: "WEB_AUTHN", Session: session }, "a")).toThrow(/sign-in step/);
    expect(() => toSignInResult({ ChallengeName: "SMS_OTP", Session: session }, "a")).toThrow(/sign-in step/);
  });
});
