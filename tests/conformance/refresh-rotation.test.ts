import {
  DescribeUserPoolClientCommand,
  GetTokensFromRefreshTokenCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { advanceClock, itWithClock } from "./support/emulator-control";
import { expectCognitoError } from "./support/errors";
import { createClient, setupFixture, type AppClient, type Fixture } from "./support/fixture";
import { createConfirmedUser, refresh, signInTokens } from "./support/users";

const fixture = setupFixture();

function rotatingClient(f: Fixture, RetryGracePeriodSeconds: number, GenerateSecret = false) {
  return createClient(f.target, f.poolId, {
    ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"],
    RefreshTokenRotation: { Feature: "ENABLED", RetryGracePeriodSeconds },
    GenerateSecret,
  });
}

const getTokens = (f: Fixture, client: AppClient, RefreshToken: string, ClientSecret = client.secret) =>
  f.cognito.send(new GetTokensFromRefreshTokenCommand({ ClientId: client.id, ClientSecret, RefreshToken }));

async function signedIn(f: Fixture, client: AppClient, tag: string) {
  const user = await createConfirmedUser(f, tag);
  return { user, tokens: await signInTokens(f, client, user.email, user.password) };
}

// RefreshTokenRotationType (API reference): Feature ENABLED or DISABLED, RetryGracePeriodSeconds 0 to 60;
// "Using the refresh token": rotation is not compatible with REFRESH_TOKEN_AUTH, which the client must not allow.
describe("RefreshTokenRotation on app clients", () => {
  it("describes a client's rotation settings", async () => {
    const f = fixture();
    const client = await rotatingClient(f, 10);
    const { UserPoolClient } = await f.cognito.send(
      new DescribeUserPoolClientCommand({ UserPoolId: f.poolId, ClientId: client.id }),
    );
    expect(UserPoolClient?.RefreshTokenRotation).toEqual({ Feature: "ENABLED", RetryGracePeriodSeconds: 10 });
  });

  it("refuses a grace period over 60 seconds", async () => {
    const f = fixture();
    await expectCognitoError(rotatingClient(f, 61), "InvalidParameterException");
  });

  it("refuses rotation on a client that allows ALLOW_REFRESH_TOKEN_AUTH", async () => {
    const f = fixture();
    const call = createClient(f.target, f.poolId, {
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      RefreshTokenRotation: { Feature: "ENABLED", RetryGracePeriodSeconds: 0 },
    });
    await expectCognitoError(call, "InvalidParameterException");
  });
});

// GetTokensFromRefreshToken (API reference): with rotation, new ID, access and refresh tokens; the
// original refresh token stays valid for RetryGracePeriodSeconds (0 invalidates it at once), then
// RefreshTokenReuseException. Without rotation, new ID and access tokens only.
describe("GetTokensFromRefreshToken", () => {
  it("returns a new refresh token with new ID and access tokens on a rotating client", async () => {
    const f = fixture();
    const client = await rotatingClient(f, 10);
    const { tokens } = await signedIn(f, client, "rotate");
    const { AuthenticationResult } = await getTokens(f, client, tokens.RefreshToken);
    expect(AuthenticationResult?.RefreshToken).toBeTruthy();
    expect(AuthenticationResult?.RefreshToken).not.toBe(tokens.RefreshToken);
    expect(AuthenticationResult?.AccessToken).toBeTruthy();
    expect(AuthenticationResult?.IdToken).toBeTruthy();
    const next = await getTokens(f, client, AuthenticationResult?.RefreshToken ?? "");
    expect(next.AuthenticationResult?.RefreshToken).toBeTruthy();
  });

  it("accepts the replaced refresh token again within the grace period", async () => {
    const f = fixture();
    const client = await rotatingClient(f, 30);
    const { tokens } = await signedIn(f, client, "grace");
    await getTokens(f, client, tokens.RefreshToken);
    const retried = await getTokens(f, client, tokens.RefreshToken);
    expect(retried.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  itWithClock("answers RefreshTokenReuseException for the replaced token after the grace period", async () => {
    const f = fixture();
    const client = await rotatingClient(f, 10);
    const { tokens } = await signedIn(f, client, "after-grace");
    await getTokens(f, client, tokens.RefreshToken);
    await advanceClock(f.target.endpoint, 11);
    await expectCognitoError(getTokens(f, client, tokens.RefreshToken), "RefreshTokenReuseException");
  });

  it("answers RefreshTokenReuseException at once when the grace period is 0", async () => {
    const f = fixture();
    const client = await rotatingClient(f, 0);
    const { tokens } = await signedIn(f, client, "no-grace");
    await getTokens(f, client, tokens.RefreshToken);
    await expectCognitoError(getTokens(f, client, tokens.RefreshToken), "RefreshTokenReuseException");
  });

  it("needs the client secret of a confidential client", async () => {
    const f = fixture();
    const client = await rotatingClient(f, 0, true);
    const user = await createConfirmedUser(f, "rotate-secret");
    const tokens = await signInTokens(f, client, user.email, user.password);
    await expectCognitoError(getTokens(f, client, tokens.RefreshToken, "wrong-secret"), "NotAuthorizedException");
    expect((await getTokens(f, client, tokens.RefreshToken)).AuthenticationResult?.RefreshToken).toBeTruthy();
  });

  it("refuses REFRESH_TOKEN_AUTH on a rotating client", async () => {
    const f = fixture();
    const client = await rotatingClient(f, 10);
    const { user, tokens } = await signedIn(f, client, "no-refresh-flow");
    await expectCognitoError(refresh(f, client, tokens.RefreshToken, user.username), "InvalidParameterException");
  });

  it("returns only ID and access tokens on a client without rotation, whose token keeps working", async () => {
    const f = fixture();
    const { user, tokens } = await signedIn(f, f.enabled, "no-rotation");
    const { AuthenticationResult } = await getTokens(f, f.enabled, tokens.RefreshToken);
    expect(AuthenticationResult?.AccessToken).toBeTruthy();
    expect(AuthenticationResult?.RefreshToken).toBeUndefined();
    expect((await refresh(f, f.enabled, tokens.RefreshToken, user.username)).AuthenticationResult).toBeTruthy();
    expect((await getTokens(f, f.enabled, tokens.RefreshToken)).AuthenticationResult).toBeTruthy();
  });

  it("rejects a refresh token issued to another client", async () => {
    const f = fixture();
    const client = await rotatingClient(f, 10);
    const { tokens } = await signedIn(f, f.enabled, "other-client");
    await expectCognitoError(getTokens(f, client, tokens.RefreshToken), "NotAuthorizedException");
  });
});
