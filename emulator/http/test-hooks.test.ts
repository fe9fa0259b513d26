import {
  ConfirmSignUpCommand,
  GetUserCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { CognitoJwtVerifier } from "aws-jwt-verify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCruddurPool, PASSWORD, startTestEmulator } from "../test-support";

type Started = Awaited<ReturnType<typeof startTestEmulator>>;
type Pool = Awaited<ReturnType<typeof createCruddurPool>>;
type Jwks = Parameters<ReturnType<typeof CognitoJwtVerifier.create>["cacheJwks"]>[0];

const segment = (token: string, index: number) =>
  JSON.parse(Buffer.from(token.split(".")[index] ?? "", "base64url").toString()) as Record<string, unknown>;

async function signIn(env: Started, pool: Pool, email: string) {
  await env.cognito.send(new SignUpCommand({ ClientId: pool.clientId, Username: email, Password: PASSWORD }));
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
  return AuthenticationResult as { AccessToken: string; IdToken: string };
}

const call = (env: Started, method: string, path: string, body?: unknown) =>
  fetch(`${env.emulator.url}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });

async function expectError(response: Response, status: number, type: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("x-amzn-errortype")).toBe(type);
  expect(((await response.json()) as { __type: string }).__type).toBe(type);
}

describe("test hooks", () => {
  let env: Started;
  let pool: Pool;
  const jwksOf = async () =>
    (await (await call(env, "GET", `/${pool.userPoolId}/.well-known/jwks.json`)).json()) as Jwks;
  const verifier = async () => {
    const verify = CognitoJwtVerifier.create({
      userPoolId: pool.userPoolId,
      tokenUse: "access",
      clientId: pool.clientId,
    });
    verify.cacheJwks(await jwksOf());
    return verify;
  };

  beforeAll(async () => {
    env = await startTestEmulator({ allowTestSigning: true });
    pool = await createCruddurPool(env.cognito);
  });
  afterAll(() => env.emulator.close());

  it("counts JWKS fetches per pool and Cognito calls per operation, until reset", async () => {
    expect((await call(env, "DELETE", "/_emulator/stats")).status).toBe(204);
    await jwksOf();
    await jwksOf();
    await call(env, "GET", "/us-east-1_nothere/.well-known/jwks.json");
    await env.cognito
      .send(
        new InitiateAuthCommand({
          ClientId: pool.clientId,
          AuthFlow: "USER_PASSWORD_AUTH",
          AuthParameters: { USERNAME: "no@x.test", PASSWORD },
        }),
      )
      .catch(() => {});
    const stats = (await (await call(env, "GET", "/_emulator/stats")).json()) as Record<string, unknown>;
    expect(stats).toEqual({
      jwksFetches: 2,
      jwksFetchesByPool: { [pool.userPoolId]: 2 },
      operations: { InitiateAuth: 1 },
    });
    await call(env, "DELETE", "/_emulator/stats");
    expect(await (await call(env, "GET", "/_emulator/stats")).json()).toEqual({
      jwksFetches: 0,
      jwksFetchesByPool: {},
      operations: {},
    });
  });

  it("rotates one pool's keys: new tokens get the new kid, old and new both verify", async () => {
    const before = await signIn(env, pool, "rotate@cruddur.test");
    const other = await createCruddurPool(env.cognito);
    const otherKids = (await (await call(env, "GET", `/${other.userPoolId}/.well-known/jwks.json`)).json()) as Jwks;
    const response = await call(env, "POST", "/_emulator/rotate-keys", { userPoolId: pool.userPoolId });
    expect(response.status).toBe(200);
    const { kids } = (await response.json()) as { kids: string[] };
    expect(kids).toHaveLength(4);
    expect((await jwksOf()).keys.map((key) => key.kid)).toEqual(kids);
    const { AuthenticationResult: after } = await env.cognito.send(
      new InitiateAuthCommand({
        ClientId: pool.clientId,
        AuthFlow: "USER_PASSWORD_AUTH",
        AuthParameters: { USERNAME: "rotate@cruddur.test", PASSWORD },
      }),
    );
    const newKid = segment(after?.AccessToken ?? "", 0).kid;
    expect(newKid).not.toBe(segment(before.AccessToken, 0).kid);
    expect(kids.slice(2)).toContain(newKid);
    const verify = await verifier();
    await expect(verify.verify(before.AccessToken)).resolves.toMatchObject({ token_use: "access" });
    await expect(verify.verify(after?.AccessToken ?? "")).resolves.toMatchObject({ token_use: "access" });
    await expect(env.cognito.send(new GetUserCommand({ AccessToken: after?.AccessToken }))).resolves.toBeDefined();
    await expect(env.cognito.send(new GetUserCommand({ AccessToken: before.AccessToken }))).resolves.toBeDefined();
    expect(await (await call(env, "GET", `/${other.userPoolId}/.well-known/jwks.json`)).json()).toEqual(otherKids);
  });

  it("signs arbitrary claims and header fields with the pool's current key", async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      sub: "s",
      iss: `https://cognito-idp.us-east-1.amazonaws.com/${pool.userPoolId}`,
      client_id: pool.clientId,
      token_use: "access",
      exp: now + 60,
      iat: now,
      username: "u",
      "cognito:groups": ["admin"],
    };
    const response = await call(env, "POST", "/_emulator/sign", {
      userPoolId: pool.userPoolId,
      tokenUse: "access",
      claims,
      header: { typ: "JWT" },
    });
    expect(response.status).toBe(200);
    const { token } = (await response.json()) as { token: string };
    expect(segment(token, 0)).toMatchObject({ alg: "RS256", typ: "JWT" });
    const noKid = (await (
      await call(env, "POST", "/_emulator/sign", {
        userPoolId: pool.userPoolId,
        tokenUse: "id",
        claims,
        header: { kid: null },
      })
    ).json()) as { token: string };
    expect(segment(noKid.token, 0)).toEqual({ alg: "RS256" });
    await expect((await verifier()).verify(token)).resolves.toMatchObject({ "cognito:groups": ["admin"] });
  });

  it("keeps hostile claims verbatim: __proto__ keys, no exp, huge payloads", async () => {
    const body = `{"userPoolId":"${pool.userPoolId}","tokenUse":"id","claims":{"__proto__":{"admin":true},"pad":"${"x".repeat(100_000)}"}}`;
    const { token } = (await (await call(env, "POST", "/_emulator/sign", JSON.parse(body))).json()) as {
      token: string;
    };
    const payload = Buffer.from(token.split(".")[1] ?? "", "base64url").toString();
    expect(payload.startsWith('{"__proto__":{"admin":true}')).toBe(true);
    expect(token.length).toBeGreaterThan(100_000);
    expect(payload).not.toContain('"exp"');
  });

  it("refuses malformed sign and rotate requests with Cognito-shaped errors", async () => {
    await expectError(
      await call(env, "POST", "/_emulator/sign", { userPoolId: "us-east-1_none", tokenUse: "access", claims: {} }),
      404,
      "ResourceNotFoundException",
    );
    await expectError(
      await call(env, "POST", "/_emulator/sign", { userPoolId: pool.userPoolId, tokenUse: "refresh", claims: {} }),
      400,
      "InvalidParameterException",
    );
    await expectError(
      await call(env, "POST", "/_emulator/sign", { userPoolId: pool.userPoolId, tokenUse: "id", claims: [] }),
      400,
      "InvalidParameterException",
    );
    await expectError(
      await fetch(`${env.emulator.url}/_emulator/sign`, { method: "POST", body: "{nope" }),
      400,
      "SerializationException",
    );
    await expectError(await call(env, "POST", "/_emulator/rotate-keys", {}), 404, "ResourceNotFoundException");
  });
});

describe("test signing switched off", () => {
  it("answers 404 with a Cognito-shaped error naming the flag", async () => {
    const env = await startTestEmulator();
    try {
      const pool = await createCruddurPool(env.cognito);
      const response = await call(env, "POST", "/_emulator/sign", {
        userPoolId: pool.userPoolId,
        tokenUse: "access",
        claims: {},
      });
      expect(response.status).toBe(404);
      expect(((await response.json()) as { message: string }).message).toContain("--allow-test-signing");
    } finally {
      await env.emulator.close();
    }
  });
});
