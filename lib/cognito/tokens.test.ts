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
