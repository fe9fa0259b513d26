import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  InitiateAuthCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { itWithOutbox } from "./support/emulator-control";
import { expectCognitoError, INCORRECT_CREDENTIALS } from "./support/errors";
import { STRONG_PASSWORD, uniqueEmail } from "./support/fixture";
import { createPasskeyUser } from "./support/passkeys";
import {
  respond,
  setupPasswordlessFixture,
  signUpPasswordless,
  userAuth,
  type PasswordlessFixture,
} from "./support/passwordless";
import { createConfirmedUser, profile } from "./support/users";

const fixture = setupPasswordlessFixture();
const sorted = (list: string[] | undefined) => [...(list ?? [])].sort();

async function createUnverifiedUser(f: PasswordlessFixture) {
  const email = uniqueEmail("unverified");
  await f.cognito.send(
    new AdminCreateUserCommand({
      UserPoolId: f.poolId,
      Username: email,
      MessageAction: "SUPPRESS",
      UserAttributes: [...profile(), { Name: "email", Value: email }, { Name: "email_verified", Value: "false" }],
    }),
  );
  await f.cognito.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: f.poolId,
      Username: email,
      Password: STRONG_PASSWORD,
      Permanent: true,
    }),
  );
  return email;
}

// "Manage authentication methods in AWS SDKs", choice-based authentication, and InitiateAuth
// (API reference): USER_AUTH with only USERNAME answers SELECT_CHALLENGE with AvailableChallenges,
// the sign-in methods this user can complete.
describe("InitiateAuth USER_AUTH: AvailableChallenges", () => {
  it("offers PASSWORD, PASSWORD_SRP and EMAIL_OTP to a user with a password and a verified email", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f, "select");
    const started = await userAuth(f, f.choice, user.email);
    expect(started.ChallengeName).toBe("SELECT_CHALLENGE");
    expect(started.Session).toBeTruthy();
    expect(sorted(started.AvailableChallenges)).toEqual(["EMAIL_OTP", "PASSWORD", "PASSWORD_SRP"]);
  });

  it("offers no EMAIL_OTP while the user's email is unverified", async () => {
    const f = fixture();
    const started = await userAuth(f, f.choice, await createUnverifiedUser(f));
    expect(sorted(started.AvailableChallenges)).toEqual(["PASSWORD", "PASSWORD_SRP"]);
  });

  itWithOutbox("offers only EMAIL_OTP to a user who signed up without a password", async () => {
    const f = fixture();
    const { email } = await signUpPasswordless(f, f.choice);
    const started = await userAuth(f, f.choice, email);
    expect(started.AvailableChallenges).toEqual(["EMAIL_OTP"]);
  });

  it("adds WEB_AUTHN once the user has registered a passkey", async () => {
    const f = fixture();
    const user = await createPasskeyUser(f);
    const started = await userAuth(f, f.choice, user.email);
    expect(sorted(started.AvailableChallenges)).toEqual(["EMAIL_OTP", "PASSWORD", "PASSWORD_SRP", "WEB_AUTHN"]);
  });
});

// Same page: PREFERRED_CHALLENGE starts that challenge when the user can do it; a password comes with it.
describe("InitiateAuth USER_AUTH: PREFERRED_CHALLENGE", () => {
  it("signs the user in at once with PREFERRED_CHALLENGE PASSWORD and the password", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f, "preferred");
    const result = await userAuth(f, f.choice, user.email, {
      PREFERRED_CHALLENGE: "PASSWORD",
      PASSWORD: user.password,
    });
    expect(result.AuthenticationResult?.AccessToken).toBeTruthy();
    expect(result.AuthenticationResult?.RefreshToken).toBeTruthy();
  });

  it("rejects a wrong password given with PREFERRED_CHALLENGE PASSWORD", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f, "preferred-wrong");
    const call = userAuth(f, f.choice, user.email, { PREFERRED_CHALLENGE: "PASSWORD", PASSWORD: "Wr0ng-password!" });
    await expectCognitoError(call, "NotAuthorizedException", INCORRECT_CREDENTIALS);
  });

  it("answers SELECT_CHALLENGE when the preferred challenge is not one this user can do", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f, "no-passkey");
    const started = await userAuth(f, f.choice, user.email, { PREFERRED_CHALLENGE: "WEB_AUTHN" });
    expect(started.ChallengeName).toBe("SELECT_CHALLENGE");
    expect(started.AvailableChallenges).not.toContain("WEB_AUTHN");
  });
});

// RespondToAuthChallenge (API reference), ChallengeResponses for SELECT_CHALLENGE: ANSWER is one
// of AvailableChallenges; PASSWORD completes in the same response with the password.
describe("RespondToAuthChallenge SELECT_CHALLENGE", () => {
  it("signs in with ANSWER PASSWORD and the password", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f, "answer");
    const started = await userAuth(f, f.choice, user.email);
    const answered = await respond(f, f.choice, "SELECT_CHALLENGE", started.Session, user.email, {
      ANSWER: "PASSWORD",
      PASSWORD: user.password,
    });
    expect(answered.AuthenticationResult?.IdToken).toBeTruthy();
  });

  it("rejects a wrong password given with ANSWER PASSWORD", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f, "answer-wrong");
    const started = await userAuth(f, f.choice, user.email);
    const call = respond(f, f.choice, "SELECT_CHALLENGE", started.Session, user.email, {
      ANSWER: "PASSWORD",
      PASSWORD: "Wr0ng-password!",
    });
    await expectCognitoError(call, "NotAuthorizedException", INCORRECT_CREDENTIALS);
  });

  it("refuses an ANSWER that is not among the AvailableChallenges", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f, "answer-unavailable");
    const started = await userAuth(f, f.choice, user.email);
    const call = respond(f, f.choice, "SELECT_CHALLENGE", started.Session, user.email, { ANSWER: "WEB_AUTHN" });
    await expectCognitoError(call, "InvalidParameterException");
  });

  it("does not accept a SELECT_CHALLENGE session twice", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f, "answer-twice");
    const started = await userAuth(f, f.choice, user.email);
    const answer = { ANSWER: "PASSWORD", PASSWORD: user.password };
    await respond(f, f.choice, "SELECT_CHALLENGE", started.Session, user.email, answer);
    const again = respond(f, f.choice, "SELECT_CHALLENGE", started.Session, user.email, answer);
    await expectCognitoError(again, "NotAuthorizedException", /Invalid session/);
  });
});

// "Managing user existence error responses": LEGACY says UserNotFoundException; with ENABLED, choice-based
// authentication answers an unknown user with a random selection of the pool's challenge types.
describe("InitiateAuth USER_AUTH: unknown users", () => {
  it("answers UserNotFoundException on a LEGACY client", async () => {
    const f = fixture();
    await expectCognitoError(userAuth(f, f.choiceLegacy, uniqueEmail("ghost")), "UserNotFoundException");
  });

  it("answers an unknown user with challenges, the same ones each time, on an ENABLED client", async () => {
    const f = fixture();
    const email = uniqueEmail("ghost");
    const first = await userAuth(f, f.choice, email);
    const second = await userAuth(f, f.choice, email);
    expect(["SELECT_CHALLENGE", "PASSWORD", "EMAIL_OTP", "WEB_AUTHN"]).toContain(first.ChallengeName);
    expect(first.Session).toBeTruthy();
    for (const challenge of first.AvailableChallenges ?? []) {
      expect(["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "WEB_AUTHN"]).toContain(challenge);
    }
    expect(second.ChallengeName).toBe(first.ChallengeName);
    expect(sorted(second.AvailableChallenges)).toEqual(sorted(first.AvailableChallenges));
  });

  it("answers an unknown user's email code with CodeMismatchException, as a known user's wrong code", async () => {
    const f = fixture();
    const email = uniqueEmail("ghost-code");
    const started = await userAuth(f, f.choice, email, { PREFERRED_CHALLENGE: "EMAIL_OTP" });
    expect(started.ChallengeName).toBe("EMAIL_OTP");
    expect(started.ChallengeParameters?.CODE_DELIVERY_DELIVERY_MEDIUM).toBe("EMAIL");
    const call = respond(f, f.choice, "EMAIL_OTP", started.Session, email, { EMAIL_OTP_CODE: "12345678" });
    await expectCognitoError(call, "CodeMismatchException");
  });
});

// "Configuring a user pool app client": ALLOW_USER_AUTH enables choice-based sign-in; "Computing
// secret hash values": a client with a secret needs SECRET_HASH.
describe("InitiateAuth USER_AUTH: app client", () => {
  it("refuses USER_AUTH on a client without ALLOW_USER_AUTH", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f, "no-user-auth");
    await expectCognitoError(userAuth(f, f.enabled, user.email), "InvalidParameterException");
  });

  it("requires SECRET_HASH on a client with a secret", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f, "secret");
    const call = f.cognito.send(
      new InitiateAuthCommand({
        ClientId: f.choiceSecret.id,
        AuthFlow: "USER_AUTH",
        AuthParameters: { USERNAME: user.email },
      }),
    );
    await expectCognitoError(call, "NotAuthorizedException");
    const started = await userAuth(f, f.choiceSecret, user.email);
    expect(started.ChallengeName).toBe("SELECT_CHALLENGE");
  });
});
