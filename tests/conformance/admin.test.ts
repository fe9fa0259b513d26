import {
  AdminConfirmSignUpCommand,
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  AdminUserGlobalSignOutCommand,
  GetUserCommand,
  RespondToAuthChallengeCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { advanceClock, itWithClock } from "./support/emulator-control";
import { expectCognitoError, INCORRECT_CREDENTIALS, UUID } from "./support/errors";
import { OTHER_STRONG_PASSWORD, STRONG_PASSWORD, uniqueEmail, setupFixture, type Fixture } from "./support/fixture";
import { createConfirmedUser, profile, refresh, signIn, signInTokens, signUp } from "./support/users";

const fixture = setupFixture();
const TEMPORARY = "Temp0rary-Pass!";

const adminGet = (f: Fixture, username: string) =>
  f.cognito.send(new AdminGetUserCommand({ UserPoolId: f.poolId, Username: username }));

async function createInvited(f: Fixture, temporaryPassword = TEMPORARY) {
  const email = uniqueEmail("invited");
  await f.cognito.send(
    new AdminCreateUserCommand({
      UserPoolId: f.poolId,
      Username: email,
      TemporaryPassword: temporaryPassword,
      MessageAction: "SUPPRESS",
      UserAttributes: [...profile(), { Name: "email", Value: email }, { Name: "email_verified", Value: "true" }],
    }),
  );
  return email;
}

async function startNewPasswordChallenge(f: Fixture, email: string) {
  const started = await signIn(f, f.enabled, email, TEMPORARY);
  expect(started.ChallengeName).toBe("NEW_PASSWORD_REQUIRED");
  expect(started.Session).toBeTruthy();
  return started.Session ?? "";
}

const answer = (f: Fixture, email: string, session: string, password: string) =>
  f.cognito.send(
    new RespondToAuthChallengeCommand({
      ClientId: f.enabled.id,
      ChallengeName: "NEW_PASSWORD_REQUIRED",
      Session: session,
      ChallengeResponses: { USERNAME: email, NEW_PASSWORD: password },
    }),
  );

// "Creating user accounts as administrator": created users are in FORCE_CHANGE_PASSWORD and
// must set a new password at first sign-in (NEW_PASSWORD_REQUIRED); temporary passwords must
// follow the policy. AuthSessionValidity: challenge sessions last 3 minutes by default.
describe("AdminCreateUser and the NEW_PASSWORD_REQUIRED challenge", () => {
  it("creates a user in FORCE_CHANGE_PASSWORD with a UUID user name", async () => {
    const f = fixture();
    const email = await createInvited(f);
    const user = await adminGet(f, email);
    expect(user.UserStatus).toBe("FORCE_CHANGE_PASSWORD");
    expect(user.Username).toMatch(UUID);
    expect(user.Enabled).toBe(true);
  });

  it("enforces the password policy on the temporary password", async () => {
    const f = fixture();
    await expectCognitoError(createInvited(f, "short"), "InvalidPasswordException");
  });

  it("answers the temporary password with NEW_PASSWORD_REQUIRED and completes with a new one", async () => {
    const f = fixture();
    const email = await createInvited(f);
    const session = await startNewPasswordChallenge(f, email);
    const { AuthenticationResult } = await answer(f, email, session, STRONG_PASSWORD);
    expect(AuthenticationResult?.AccessToken).toBeTruthy();
    expect((await adminGet(f, email)).UserStatus).toBe("CONFIRMED");
    await signInTokens(f, f.enabled, email, STRONG_PASSWORD);
  });

  it("enforces the password policy on the new password", async () => {
    const f = fixture();
    const email = await createInvited(f);
    const session = await startNewPasswordChallenge(f, email);
    await expectCognitoError(answer(f, email, session, "nouppercase1!"), "InvalidPasswordException");
  });

  itWithClock("rejects a challenge session older than three minutes", async () => {
    const f = fixture();
    const email = await createInvited(f);
    const session = await startNewPasswordChallenge(f, email);
    await advanceClock(f.target.endpoint, 181);
    await expectCognitoError(answer(f, email, session, STRONG_PASSWORD), "NotAuthorizedException", /session/i);
  });
});

describe("other admin operations", () => {
  it("AdminSetUserPassword with Permanent confirms the user and the password signs in", async () => {
    const f = fixture();
    const email = await createInvited(f);
    const set = new AdminSetUserPasswordCommand({
      UserPoolId: f.poolId,
      Username: email,
      Password: OTHER_STRONG_PASSWORD,
      Permanent: true,
    });
    await f.cognito.send(set);
    expect((await adminGet(f, email)).UserStatus).toBe("CONFIRMED");
    await signInTokens(f, f.enabled, email, OTHER_STRONG_PASSWORD);
  });

  it("AdminSetUserPassword enforces the password policy", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    const set = new AdminSetUserPasswordCommand({
      UserPoolId: f.poolId,
      Username: user.email,
      Password: "NoDigits!!",
      Permanent: true,
    });
    await expectCognitoError(f.cognito.send(set), "InvalidPasswordException");
  });

  it("AdminConfirmSignUp confirms a signed-up user who can then sign in", async () => {
    const f = fixture();
    const email = uniqueEmail("adminconfirm");
    await signUp(f, f.enabled, email);
    await f.cognito.send(new AdminConfirmSignUpCommand({ UserPoolId: f.poolId, Username: email }));
    expect((await adminGet(f, email)).UserStatus).toBe("CONFIRMED");
    await signInTokens(f, f.enabled, email, STRONG_PASSWORD);
  });

  it("AdminGetUser returns attributes and answers an unknown user with UserNotFoundException", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    const found = await adminGet(f, user.email);
    expect(found.Username).toBe(user.username);
    const attributes = Object.fromEntries((found.UserAttributes ?? []).map((a) => [a.Name, a.Value]));
    expect(attributes).toMatchObject({
      sub: user.username,
      email: user.email,
      name: "Test Person",
      preferred_username: "tester",
    });
    expect(found.UserCreateDate).toBeInstanceOf(Date);
    await expectCognitoError(adminGet(f, uniqueEmail("ghost")), "UserNotFoundException");
  });

  it("AdminDeleteUser removes the user", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    await f.cognito.send(new AdminDeleteUserCommand({ UserPoolId: f.poolId, Username: user.email }));
    await expectCognitoError(adminGet(f, user.email), "UserNotFoundException");
    await expectCognitoError(
      signIn(f, f.enabled, user.email, user.password),
      "NotAuthorizedException",
      INCORRECT_CREDENTIALS,
    );
  });

  // "Using the refresh token": AdminUserGlobalSignOut signs a user out of every device.
  it("AdminUserGlobalSignOut revokes the user's access and refresh tokens", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    const tokens = await signInTokens(f, f.enabled, user.email, user.password);
    await f.cognito.send(new AdminUserGlobalSignOutCommand({ UserPoolId: f.poolId, Username: user.email }));
    await expectCognitoError(
      f.cognito.send(new GetUserCommand({ AccessToken: tokens.AccessToken })),
      "NotAuthorizedException",
    );
    await expectCognitoError(refresh(f, f.enabled, tokens.RefreshToken, user.username), "NotAuthorizedException");
  });
});
