import { describe, expect, it } from "vitest";
import { advanceClock, itWithClock } from "./support/emulator-control";
import { UUID } from "./support/errors";
import { createClient, setupFixture } from "./support/fixture";
import { decodeJwt, fetchJwks, isDecodableJws } from "./support/jwt";
import { createConfirmedUser, refresh, signInTokens } from "./support/users";

const fixture = setupFixture();

// Claims Cognito documents as possibly present besides the ones it always sets
// ("Understanding the ID token", "Understanding the access token").
const OPTIONAL = [
  "event_id",
  "cognito:groups",
  "device_key",
  "version",
  "at_hash",
  "nonce",
  "cognito:preferred_role",
  "cognito:roles",
  "identities",
];
const ID_CLAIMS = [
  "sub",
  "aud",
  "iss",
  "email",
  "email_verified",
  "name",
  "preferred_username",
  "cognito:username",
  "token_use",
  "auth_time",
  "iat",
  "exp",
  "jti",
  "origin_jti",
];
const ACCESS_CLAIMS = [
  "sub",
  "iss",
  "client_id",
  "username",
  "token_use",
  "scope",
  "auth_time",
  "iat",
  "exp",
  "jti",
  "origin_jti",
];

function expectClaimSet(payload: Record<string, unknown>, required: string[]) {
  expect(Object.keys(payload)).toEqual(expect.arrayContaining(required));
  expect(Object.keys(payload).filter((claim) => !required.includes(claim) && !OPTIONAL.includes(claim))).toEqual([]);
}

async function freshTokens() {
  const f = fixture();
  const user = await createConfirmedUser(f);
  return { f, user, tokens: await signInTokens(f, f.enabled, user.email, user.password) };
}

// "Understanding the ID token" / "Understanding the access token": RS256 with a kid found in
// the pool's jwks.json, iss https://cognito-idp.{region}.amazonaws.com/{userPoolId}.
describe("token format", () => {
  it("signs both tokens with RS256 and a kid published in the pool's JWKS", async () => {
    const { f, tokens } = await freshTokens();
    const kids = (await fetchJwks(f)).keys.map((key) => key.kid);
    for (const token of [tokens.IdToken, tokens.AccessToken]) {
      const { header } = decodeJwt(token);
      expect(header.alg).toBe("RS256");
      expect(kids).toContain(header.kid);
    }
  });

  it("uses the Cognito issuer URL for the pool", async () => {
    const { f, tokens } = await freshTokens();
    const issuer = `https://cognito-idp.${f.target.region}.amazonaws.com/${f.poolId}`;
    expect(decodeJwt(tokens.IdToken).payload.iss).toBe(issuer);
    expect(decodeJwt(tokens.AccessToken).payload.iss).toBe(issuer);
  });

  it("carries exactly Cognito's ID token claims", async () => {
    const { f, user, tokens } = await freshTokens();
    const claims = decodeJwt(tokens.IdToken).payload;
    expectClaimSet(claims, ID_CLAIMS);
    expect(claims).toMatchObject({ aud: f.enabled.id, token_use: "id", email: user.email, email_verified: true });
    expect(claims).toMatchObject({
      name: "Test Person",
      preferred_username: "tester",
      "cognito:username": user.username,
    });
    expect(claims.sub).toMatch(UUID);
  });

  it("carries exactly Cognito's access token claims", async () => {
    const { f, user, tokens } = await freshTokens();
    const claims = decodeJwt(tokens.AccessToken).payload;
    expectClaimSet(claims, ACCESS_CLAIMS);
    expect(claims).toMatchObject({
      client_id: f.enabled.id,
      token_use: "access",
      scope: "aws.cognito.signin.user.admin",
      username: user.username,
    });
    expect(claims.sub).toBe(user.username);
  });

  it("gives the ID and access token of one sign-in the same origin_jti and distinct jti", async () => {
    const { tokens } = await freshTokens();
    const id = decodeJwt(tokens.IdToken).payload;
    const access = decodeJwt(tokens.AccessToken).payload;
    expect(id.origin_jti).toBe(access.origin_jti);
    expect(id.jti).not.toBe(access.jti);
  });
});

// "Configuring a user pool app client": access and ID tokens default to 1 hour, refresh
// tokens to 30 days; TokenValidityUnits sets the unit of each validity.
describe("token lifetimes", () => {
  it("defaults to 60 minutes for ID and access tokens", async () => {
    const { tokens } = await freshTokens();
    for (const token of [tokens.IdToken, tokens.AccessToken]) {
      const { iat, exp, auth_time } = decodeJwt(token).payload;
      expect(Number(exp) - Number(iat)).toBe(3600);
      expect(auth_time).toBe(iat);
    }
  });

  it("follows the client's validity settings and units", async () => {
    const f = fixture();
    const client = await createClient(f.target, f.poolId, {
      AccessTokenValidity: 5,
      IdTokenValidity: 2,
      TokenValidityUnits: { AccessToken: "minutes", IdToken: "hours" },
    });
    const user = await createConfirmedUser(f);
    const tokens = await signInTokens(f, client, user.email, user.password);
    const lifetime = (token: string) => Number(decodeJwt(token).payload.exp) - Number(decodeJwt(token).payload.iat);
    expect(lifetime(tokens.AccessToken)).toBe(300);
    expect(lifetime(tokens.IdToken)).toBe(7200);
    expect(tokens.ExpiresIn).toBe(300);
  });
});

// "Using the refresh token" / "Revoking tokens": the refresh token is not a readable JWT and
// only works with the app client that obtained it.
describe("refresh token", () => {
  it("is opaque, not a signed JWT", async () => {
    const { tokens } = await freshTokens();
    expect(tokens.RefreshToken.length).toBeGreaterThan(20);
    expect(isDecodableJws(tokens.RefreshToken)).toBe(false);
  });

  itWithClock("expires after the default 30 days", async () => {
    const { f, user, tokens } = await freshTokens();
    await advanceClock(f.target.endpoint, 29 * 86400);
    await refresh(f, f.enabled, tokens.RefreshToken, user.username);
    await advanceClock(f.target.endpoint, 86400 + 1);
    await expect(refresh(f, f.enabled, tokens.RefreshToken, user.username)).rejects.toMatchObject({
      name: "NotAuthorizedException",
    });
  });

  it("is bound to the client that obtained it", async () => {
    const { f, user, tokens } = await freshTokens();
    await expect(refresh(f, f.legacy, tokens.RefreshToken, user.username)).rejects.toMatchObject({
      name: "NotAuthorizedException",
    });
  });
});
