import { generateKeyPairSync } from "node:crypto";
import {
  ConfirmSignUpCommand,
  GetUserCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { CognitoJwtVerifier } from "aws-jwt-verify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCruddurPool, PASSWORD, startTestEmulator } from "../test-support";
import { signJwt } from "./jwt";

type Started = Awaited<ReturnType<typeof startTestEmulator>>;
type Jwks = Parameters<ReturnType<typeof CognitoJwtVerifier.create>["cacheJwks"]>[0];

const decode = (token: string) =>
  JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()) as Record<string, unknown>;

describe("tokens", () => {
  let env: Started;
  let pool: Awaited<ReturnType<typeof createCruddurPool>>;
  let tokens: { AccessToken: string; IdToken: string; RefreshToken: string };
  let jwks: Jwks;
  beforeAll(async () => {
    env = await startTestEmulator();
    pool = await createCruddurPool(env.cognito);
    const email = "jwt@cruddur.test";
    await env.cognito.send(
      new SignUpCommand({
        ClientId: pool.clientId,
        Username: email,
        Password: PASSWORD,
        UserAttributes: [
          { Name: "name", Value: "Jay" },
          { Name: "preferred_username", Value: "jay" },
        ],
      }),
    );
    await env.cognito.send(
      new ConfirmSignUpCommand({ ClientId: pool.clientId, Username: email, ConfirmationCode: "123456" }),
    );
    const { AuthenticationResult } = await env.cognito.send(
      new InitiateAuthCommand({
        ClientId: pool.clientId,
        AuthFlow: "USER_PASSWORD_AUTH",
        AuthParameters: { USERNAME: email, PASSWORD },
      }),
    );
    tokens = AuthenticationResult as typeof tokens;
    jwks = (await (await fetch(`${env.emulator.url}/${pool.userPoolId}/.well-known/jwks.json`)).json()) as Jwks;
  });
  afterAll(() => env.emulator.close());

  it("are accepted unchanged by aws-jwt-verify's CognitoJwtVerifier", async () => {
    const access = CognitoJwtVerifier.create({
      userPoolId: pool.userPoolId,
      tokenUse: "access",
      clientId: pool.clientId,
    });
    const id = CognitoJwtVerifier.create({ userPoolId: pool.userPoolId, tokenUse: "id", clientId: pool.clientId });
    access.cacheJwks(jwks);
    id.cacheJwks(jwks);
    const accessClaims = await access.verify(tokens.AccessToken);
    const idClaims = await id.verify(tokens.IdToken);
    expect(accessClaims).toMatchObject({
      token_use: "access",
      scope: "aws.cognito.signin.user.admin",
      client_id: pool.clientId,
    });
    expect(accessClaims.exp - accessClaims.iat).toBe(3600);
    expect(idClaims).toMatchObject({
      email: "jwt@cruddur.test",
      email_verified: true,
      name: "Jay",
      preferred_username: "jay",
      aud: pool.clientId,
    });
    expect(idClaims["cognito:username"]).toBe(accessClaims.username);
    expect(idClaims.origin_jti).toBe(accessClaims.origin_jti);
    for (const claim of ["sub", "auth_time", "jti", "event_id", "iss"]) expect(accessClaims[claim]).toBeDefined();
  });

  it("publishes an OIDC discovery document with the emulator's address", async () => {
    const config = (await (
      await fetch(`${env.emulator.url}/${pool.userPoolId}/.well-known/openid-configuration`)
    ).json()) as Record<string, string>;
    expect(config.issuer).toBe(`https://cognito-idp.us-east-1.amazonaws.com/${pool.userPoolId}`);
    expect(config.jwks_uri).toBe(`${env.emulator.url}/${pool.userPoolId}/.well-known/jwks.json`);
  });

  it("uses an opaque refresh token", () => {
    expect(tokens.RefreshToken.split(".")).toHaveLength(1);
  });

  it("makes GetUser reject ID tokens, forged and tampered access tokens", async () => {
    const getUser = (token: string) => env.cognito.send(new GetUserCommand({ AccessToken: token }));
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const [header] = tokens.AccessToken.split(".");
    const kid = (JSON.parse(Buffer.from(header ?? "", "base64url").toString()) as { kid: string }).kid;
    const forged = signJwt(decode(tokens.AccessToken), { kid, privateKey, publicKey: privateKey });
    const parts = tokens.AccessToken.split(".");
    const tampered = [
      parts[0],
      Buffer.from(JSON.stringify({ ...decode(tokens.AccessToken), username: "someone" })).toString("base64url"),
      parts[2],
    ].join(".");
    for (const token of [tokens.IdToken, forged, tampered, "not-a-jwt"]) {
      await expect(getUser(token)).rejects.toMatchObject({
        name: "NotAuthorizedException",
        message: "Invalid Access Token",
      });
    }
  });

  it("expires access tokens on the emulator clock", async () => {
    await fetch(`${env.emulator.url}/_emulator/clock`, {
      method: "POST",
      body: JSON.stringify({ advanceSeconds: 3601 }),
    });
    try {
      await expect(env.cognito.send(new GetUserCommand({ AccessToken: tokens.AccessToken }))).rejects.toMatchObject({
        message: "Access Token has expired",
      });
    } finally {
      await fetch(`${env.emulator.url}/_emulator/clock`, { method: "POST", body: JSON.stringify({ reset: true }) });
    }
  });
});
