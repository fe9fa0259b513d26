import { describe, expect, it } from "vitest";
import { AuthError } from "./errors";
import { toSignInResult } from "./tokens";

const challenge = (ChallengeName: string, ChallengeParameters: Record<string, string> = {}) => ({
  ChallengeName,
  Session: "session-1",
  ChallengeParameters: { USER_ID_FOR_SRP: "user-uuid", ...ChallengeParameters },
});

describe("Cognito's answer to a sign-in step", () => {
  it.each([
    ["NEW_PASSWORD_REQUIRED", "new-password-required"],
    ["SOFTWARE_TOKEN_MFA", "totp-required"],
    ["MFA_SETUP", "totp-setup-required"],
  ])("%s becomes the step %s, answered as the user Cognito names", (name, kind) => {
    expect(toSignInResult(challenge(name), "lore@example.com")).toEqual({
      kind,
      session: "session-1",
      username: "user-uuid",
    });
  });

  it("SELECT_MFA_TYPE is answerable when the authenticator app is among the choices", () => {
    const offered = challenge("SELECT_MFA_TYPE", { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' });
    expect(toSignInResult(offered, "lore@example.com").kind).toBe("mfa-choice");
  });

  it.each([
    ["SELECT_MFA_TYPE without the authenticator app", challenge("SELECT_MFA_TYPE", { MFAS_CAN_CHOOSE: '["SMS_MFA"]' })],
    ["a challenge Cruddur does not know", challenge("CUSTOM_CHALLENGE")],
    ["a challenge without a session", { ChallengeName: "SOFTWARE_TOKEN_MFA" }],
  ])("%s is an unsupported step", (_name, output) => {
    expect(() => toSignInResult(output, "lore@example.com")).toThrow(
      expect.objectContaining<Partial<AuthError>>({ code: "unsupported-challenge" }),
    );
  });

  it("tokens end the sign-in", () => {
    const output = { AuthenticationResult: { AccessToken: "a", IdToken: "i", RefreshToken: "r", ExpiresIn: 60 } };
    expect(toSignInResult(output, "lore@example.com")).toEqual({
      kind: "signed-in",
      tokens: { accessToken: "a", idToken: "i", refreshToken: "r", expiresIn: 60 },
    });
  });
});

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
