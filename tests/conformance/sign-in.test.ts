import { InitiateAuthCommand } from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { expectCognitoError, INCORRECT_CREDENTIALS } from "./support/errors";
import { createClient, STRONG_PASSWORD, uniqueEmail, setupFixture } from "./support/fixture";
import { decodeJwt } from "./support/jwt";
import { createConfirmedUser, refresh, signIn, signInTokens, signUp } from "./support/users";

const fixture = setupFixture();

// InitiateAuth (API reference) with USER_PASSWORD_AUTH returns AuthenticationResult with
// AccessToken, IdToken, RefreshToken, ExpiresIn and TokenType "Bearer".
describe("InitiateAuth USER_PASSWORD_AUTH", () => {
  it("signs a confirmed user in with their email and returns the three tokens", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    const tokens = await signInTokens(f, f.enabled, user.email, user.password);
    expect(tokens.TokenType).toBe("Bearer");
    expect(tokens.ExpiresIn).toBe(3600);
    expect(decodeJwt(tokens.IdToken).payload["cognito:username"]).toBe(user.username);
  });

  // "Managing user existence error responses": a wrong password is a NotAuthorizedException.
  it.each(["legacy", "enabled"] as const)(
    "rejects a wrong password with NotAuthorizedException (%s client)",
    async (kind) => {
      const f = fixture();
      const user = await createConfirmedUser(f);
      await expectCognitoError(
        signIn(f, f[kind], user.email, "Wr0ng-password!"),
        "NotAuthorizedException",
        INCORRECT_CREDENTIALS,
      );
    },
  );

  // Same page: LEGACY returns UserNotFoundException for an unknown user name...
  it("answers an unknown user with UserNotFoundException on a LEGACY client", async () => {
    const f = fixture();
    await expectCognitoError(signIn(f, f.legacy, uniqueEmail("ghost"), STRONG_PASSWORD), "UserNotFoundException");
  });

  // ...while ENABLED returns the generic NotAuthorizedException.
  it("answers an unknown user with the generic NotAuthorizedException on an ENABLED client", async () => {
    const f = fixture();
    const call = signIn(f, f.enabled, uniqueEmail("ghost"), STRONG_PASSWORD);
    await expectCognitoError(call, "NotAuthorizedException", INCORRECT_CREDENTIALS);
  });

  // "Signing up and confirming user accounts": an unconfirmed user cannot sign in.
  it("answers an unconfirmed user's correct password with UserNotConfirmedException", async () => {
    const f = fixture();
    const email = uniqueEmail("unconfirmed");
    await signUp(f, f.enabled, email);
    await expectCognitoError(signIn(f, f.enabled, email, STRONG_PASSWORD), "UserNotConfirmedException");
  });

  // "Configuring a user pool app client": only the ExplicitAuthFlows of a client are allowed.
  it("refuses USER_PASSWORD_AUTH on a client that does not allow it", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    const srpOnly = await createClient(f.target, f.poolId, {
      ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    });
    await expectCognitoError(signIn(f, srpOnly, user.email, user.password), "InvalidParameterException");
  });

  it("answers an unknown client id with ResourceNotFoundException", async () => {
    const f = fixture();
    const call = signIn(f, { id: "doesnotexist0000000000000a" }, uniqueEmail("x"), STRONG_PASSWORD);
    await expectCognitoError(call, "ResourceNotFoundException");
  });
});

// "Using the refresh token": REFRESH_TOKEN_AUTH returns new ID and access tokens; auth_time
// stays the time of the original authentication, and origin_jti the original identifier.
describe("InitiateAuth REFRESH_TOKEN_AUTH", () => {
  it("returns new ID and access tokens for the same user and keeps auth_time and origin_jti", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    const first = await signInTokens(f, f.enabled, user.email, user.password);
    const { AuthenticationResult } = await refresh(f, f.enabled, first.RefreshToken, user.username);
    expect(AuthenticationResult?.AccessToken).toBeTruthy();
    expect(AuthenticationResult?.IdToken).toBeTruthy();
    expect(AuthenticationResult?.RefreshToken).toBeUndefined();
    const before = decodeJwt(first.AccessToken).payload;
    const after = decodeJwt(AuthenticationResult?.AccessToken ?? "").payload;
    expect(after.sub).toBe(before.sub);
    expect(after.auth_time).toBe(before.auth_time);
    expect(after.origin_jti).toBe(before.origin_jti);
    expect(after.jti).not.toBe(before.jti);
  });

  it("rejects a refresh token that Cognito never issued", async () => {
    const f = fixture();
    const call = f.cognito.send(
      new InitiateAuthCommand({
        ClientId: f.enabled.id,
        AuthFlow: "REFRESH_TOKEN_AUTH",
        AuthParameters: { REFRESH_TOKEN: "not-a-token" },
      }),
    );
    await expectCognitoError(call, "NotAuthorizedException");
  });
});
