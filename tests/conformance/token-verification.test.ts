import { describe, expect, it } from "vitest";
import { setupFixture } from "./support/fixture";
import { fetchJwks, verifierFor } from "./support/jwt";
import { createConfirmedUser, refresh, signInTokens } from "./support/users";

const fixture = setupFixture();

async function freshTokens() {
  const f = fixture();
  const user = await createConfirmedUser(f);
  return { f, user, tokens: await signInTokens(f, f.enabled, user.email, user.password) };
}

// "Verifying a JSON web token": aws-jwt-verify's CognitoJwtVerifier checks signature, iss,
// token_use, aud/client_id and exp.
describe("aws-jwt-verify", () => {
  it("accepts the ID and access tokens given the pool's JWKS", async () => {
    const { f, user, tokens } = await freshTokens();
    const idPayload = await (await verifierFor(f, "id", f.enabled.id)).verify(tokens.IdToken);
    const accessPayload = await (await verifierFor(f, "access", f.enabled.id)).verify(tokens.AccessToken);
    expect(idPayload["cognito:username"]).toBe(user.username);
    expect(accessPayload.username).toBe(user.username);
  });

  it("accepts tokens obtained with REFRESH_TOKEN_AUTH", async () => {
    const { f, user, tokens } = await freshTokens();
    const { AuthenticationResult } = await refresh(f, f.enabled, tokens.RefreshToken, user.username);
    const verifier = await verifierFor(f, "access", f.enabled.id);
    await expect(verifier.verify(AuthenticationResult?.AccessToken ?? "")).resolves.toMatchObject({
      sub: user.username,
    });
  });
});

// "Verifying a JSON web token": the JWKS lives at
// https://cognito-idp.{region}.amazonaws.com/{userPoolId}/.well-known/jwks.json; OIDC discovery
// sits next to it and names the same issuer.
describe("well-known endpoints", () => {
  it("serves RSA signing keys at /<poolId>/.well-known/jwks.json", async () => {
    const f = fixture();
    const { keys } = await fetchJwks(f);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig", e: "AQAB" });
    for (const key of keys) expect(key.kid && key.n).toBeTruthy();
  });

  it("serves OpenID discovery with the pool's issuer and a reachable jwks_uri", async () => {
    const f = fixture();
    const response = await fetch(f.target.openIdConfigurationUrl(f.poolId));
    expect(response.status).toBe(200);
    const config = (await response.json()) as Record<string, unknown>;
    expect(config.issuer).toBe(`https://cognito-idp.${f.target.region}.amazonaws.com/${f.poolId}`);
    expect(config.jwks_uri).toBe(f.target.jwksUrl(f.poolId));
    expect((await fetch(String(config.jwks_uri))).status).toBe(200);
  });
});
