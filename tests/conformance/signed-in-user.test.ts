import {
  ChangePasswordCommand,
  DeleteUserCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  RevokeTokenCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { advanceClock, itWithClock } from "./support/emulator-control";
import { expectCognitoError, INCORRECT_CREDENTIALS } from "./support/errors";
import { OTHER_STRONG_PASSWORD, setupFixture, type Fixture } from "./support/fixture";
import { forgeWithForeignKey, tamperPayload } from "./support/jwt";
import { createConfirmedUser, refresh, signIn, signInTokens } from "./support/users";

const fixture = setupFixture();

const getUser = (f: Fixture, accessToken: string) => f.cognito.send(new GetUserCommand({ AccessToken: accessToken }));

async function signedIn(f: Fixture) {
  const user = await createConfirmedUser(f);
  return { user, tokens: await signInTokens(f, f.enabled, user.email, user.password) };
}

// GetUser (API reference): needs a valid access token with the aws.cognito.signin.user.admin
// scope; returns Username and UserAttributes. "Verifying a JSON web token": Cognito rejects
// tokens with a bad signature, expired tokens and tokens of the wrong token_use.
describe("GetUser", () => {
  it("returns the user name and attributes for the access token", async () => {
    const f = fixture();
    const { user, tokens } = await signedIn(f);
    const result = await getUser(f, tokens.AccessToken);
    expect(result.Username).toBe(user.username);
    const attributes = Object.fromEntries((result.UserAttributes ?? []).map((a) => [a.Name, a.Value]));
    expect(attributes).toMatchObject({
      email: user.email,
      email_verified: "true",
      name: "Test Person",
      preferred_username: "tester",
    });
    expect(attributes.sub).toBe(user.username);
  });

  it("rejects an ID token", async () => {
    const f = fixture();
    const { tokens } = await signedIn(f);
    await expectCognitoError(getUser(f, tokens.IdToken), "NotAuthorizedException");
  });

  it("rejects an access token signed by another key", async () => {
    const f = fixture();
    const { tokens } = await signedIn(f);
    await expectCognitoError(getUser(f, forgeWithForeignKey(tokens.AccessToken)), "NotAuthorizedException");
  });

  it("rejects an access token whose payload was altered", async () => {
    const f = fixture();
    const { tokens } = await signedIn(f);
    const other = await signedIn(f);
    const tampered = tamperPayload(tokens.AccessToken, { sub: other.user.username, username: other.user.username });
    await expectCognitoError(getUser(f, tampered), "NotAuthorizedException");
  });

  itWithClock("rejects an access token after its 60 minutes", async () => {
    const f = fixture();
    const { tokens } = await signedIn(f);
    await advanceClock(f.target.endpoint, 3601);
    await expectCognitoError(getUser(f, tokens.AccessToken), "NotAuthorizedException", /expired/i);
  });
});

// ChangePassword (API reference): needs the previous password; the new one must satisfy
// the password policy.
describe("ChangePassword", () => {
  const change = (f: Fixture, accessToken: string, previous: string, proposed: string) =>
    f.cognito.send(
      new ChangePasswordCommand({ AccessToken: accessToken, PreviousPassword: previous, ProposedPassword: proposed }),
    );

  it("changes the password: the new one signs in, the old one does not", async () => {
    const f = fixture();
    const { user, tokens } = await signedIn(f);
    await change(f, tokens.AccessToken, user.password, OTHER_STRONG_PASSWORD);
    await signInTokens(f, f.enabled, user.email, OTHER_STRONG_PASSWORD);
    await expectCognitoError(
      signIn(f, f.enabled, user.email, user.password),
      "NotAuthorizedException",
      INCORRECT_CREDENTIALS,
    );
  });

  it("rejects a wrong previous password with NotAuthorizedException", async () => {
    const f = fixture();
    const { tokens } = await signedIn(f);
    await expectCognitoError(
      change(f, tokens.AccessToken, "Wr0ng-password!", OTHER_STRONG_PASSWORD),
      "NotAuthorizedException",
    );
  });

  it("enforces the password policy with InvalidPasswordException", async () => {
    const f = fixture();
    const { user, tokens } = await signedIn(f);
    await expectCognitoError(
      change(f, tokens.AccessToken, user.password, "alllowercase1!"),
      "InvalidPasswordException",
      /upper/i,
    );
  });
});

// "Using the refresh token": after GlobalSignOut the refresh tokens cannot get new tokens and
// the access tokens cannot be used with the user pools API, on every device.
describe("GlobalSignOut", () => {
  it("revokes every session's access and refresh tokens", async () => {
    const f = fixture();
    const { user, tokens } = await signedIn(f);
    const otherDevice = await signInTokens(f, f.enabled, user.email, user.password);
    await f.cognito.send(new GlobalSignOutCommand({ AccessToken: tokens.AccessToken }));
    for (const session of [tokens, otherDevice]) {
      await expectCognitoError(getUser(f, session.AccessToken), "NotAuthorizedException", /revoked/i);
      await expectCognitoError(refresh(f, f.enabled, session.RefreshToken, user.username), "NotAuthorizedException");
    }
    await signInTokens(f, f.enabled, user.email, user.password);
  });
});

// "Revoking tokens": revoking a refresh token invalidates the access tokens it issued;
// other refresh tokens of the user are not affected.
describe("RevokeToken", () => {
  const revoke = (f: Fixture, token: string) =>
    f.cognito.send(new RevokeTokenCommand({ ClientId: f.enabled.id, Token: token }));

  it("revokes the refresh token and the access tokens issued from it, and only those", async () => {
    const f = fixture();
    const { user, tokens } = await signedIn(f);
    const refreshed = await refresh(f, f.enabled, tokens.RefreshToken, user.username);
    const otherSession = await signInTokens(f, f.enabled, user.email, user.password);
    await revoke(f, tokens.RefreshToken);
    await expectCognitoError(refresh(f, f.enabled, tokens.RefreshToken, user.username), "NotAuthorizedException");
    await expectCognitoError(getUser(f, tokens.AccessToken), "NotAuthorizedException", /revoked/i);
    await expectCognitoError(getUser(f, refreshed.AuthenticationResult?.AccessToken ?? ""), "NotAuthorizedException");
    expect((await getUser(f, otherSession.AccessToken)).Username).toBe(user.username);
    await refresh(f, f.enabled, otherSession.RefreshToken, user.username);
  });
});

// DeleteUser (API reference): "Deletes the profile of the currently signed-in user. A deleted user
// profile can no longer be used to sign in and can't be restored."
describe("DeleteUser", () => {
  it("deletes the signed-in user: the password no longer signs in and the tokens are refused", async () => {
    const f = fixture();
    const { user, tokens } = await signedIn(f);
    await f.cognito.send(new DeleteUserCommand({ AccessToken: tokens.AccessToken }));
    await expectCognitoError(
      signIn(f, f.enabled, user.email, user.password),
      "NotAuthorizedException",
      INCORRECT_CREDENTIALS,
    );
    const outcome = (call: Promise<unknown>) =>
      call.then(
        () => "accepted",
        (error: Error) => error.name,
      );
    const refusals = ["NotAuthorizedException", "UserNotFoundException"];
    expect(refusals).toContain(await outcome(getUser(f, tokens.AccessToken)));
    expect(refusals).toContain(await outcome(refresh(f, f.enabled, tokens.RefreshToken, user.username)));
  });

  it("refuses an ID token in place of the access token with NotAuthorizedException", async () => {
    const f = fixture();
    const { tokens } = await signedIn(f);
    await expectCognitoError(
      f.cognito.send(new DeleteUserCommand({ AccessToken: tokens.IdToken })),
      "NotAuthorizedException",
    );
    await getUser(f, tokens.AccessToken);
  });
});
