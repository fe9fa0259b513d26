import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { vi } from "vitest";

export const POOL = "us-east-1_TestPool1";
export const CLIENT = "testclient123";
export const ISSUER = `https://cognito-idp.us-east-1.amazonaws.com/${POOL}`;
export const EMULATOR = "http://127.0.0.1:9";

/** Configures the app for a test pool whose JWKS the stubbed fetch serves: call before importing lib modules. */
export function stubPoolEnv(): void {
  vi.stubEnv("AWS_COGNITO_USER_POOL_ID", POOL);
  vi.stubEnv("AWS_COGNITO_USER_POOL_CLIENT_ID", CLIENT);
  vi.stubEnv("SESSION_SECRET", "1.J4UAIVSQCWV1qyZCxa2tzXVWj05mvc8AQrknwOTsmfk");
  vi.stubEnv("AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", EMULATOR);
}

export const b64 = (value: unknown) =>
  Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");
export const now = () => Math.floor(Date.now() / 1000);

export const mainKey = generateKeyPairSync("rsa", { modulusLength: 2048 });
export const otherKey = generateKeyPairSync("rsa", { modulusLength: 2048 });

export function jwt(
  payload: object,
  header: object = { alg: "RS256", kid: "main" },
  key: KeyObject = mainKey.privateKey,
) {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${sign("sha256", Buffer.from(input), key).toString("base64url")}`;
}

export const access = (extra: object = {}) => ({
  sub: "user-1",
  username: "user-1",
  client_id: CLIENT,
  token_use: "access",
  iss: ISSUER,
  exp: now() + 3600,
  iat: now(),
  jti: "jti-1",
  origin_jti: "origin-1",
  ...extra,
});

export const id = (extra: object = {}) => ({
  sub: "user-1",
  "cognito:username": "user-1",
  aud: CLIENT,
  token_use: "id",
  iss: ISSUER,
  email: "a@b.test",
  name: "A B",
  preferred_username: "ab",
  exp: now() + 3600,
  iat: now(),
  ...extra,
});

export function jwksOf(...keys: { kid: string; publicKey: KeyObject }[]) {
  return {
    keys: keys.map(({ kid, publicKey }) => ({
      ...publicKey.export({ format: "jwk" }),
      kty: "RSA",
      kid,
      alg: "RS256",
      use: "sig",
    })),
  };
}

/** A fetch that serves whatever JWKS `served.jwks` holds when it is called. */
export function jwksServer(initial: object) {
  const served = { jwks: initial };
  const fetch = vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify(served.jwks), { status: 200, headers: { "content-type": "application/json" } }),
  );
  return { served, fetch };
}
