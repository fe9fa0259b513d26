import { createHmac, generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

const POOL = "us-east-1_TestPool1";
const CLIENT = "testclient123";
const ISSUER = `https://cognito-idp.us-east-1.amazonaws.com/${POOL}`;
const EMULATOR = "http://127.0.0.1:9";

vi.stubEnv("AWS_COGNITO_USER_POOL_ID", POOL);
vi.stubEnv("AWS_COGNITO_USER_POOL_CLIENT_ID", CLIENT);
vi.stubEnv("SESSION_SECRET", "x".repeat(32));
vi.stubEnv("AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", EMULATOR);

const { cacheJwks, verifyAccessToken, verifyIdToken, MAX_TOKEN_LENGTH } = await import("./jwt");

const b64 = (value: unknown) =>
  Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");
const now = () => Math.floor(Date.now() / 1000);

function keyPair() {
  return generateKeyPairSync("rsa", { modulusLength: 2048 });
}
const main = keyPair();
const other = keyPair();

function jwt(payload: object, header: object = { alg: "RS256", kid: "main" }, key: KeyObject = main.privateKey) {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${sign("sha256", Buffer.from(input), key).toString("base64url")}`;
}

const access = (extra: object = {}) => ({
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
const id = (extra: object = {}) => ({
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

const jwks = {
  keys: [{ ...main.publicKey.export({ format: "jwk" }), kty: "RSA", kid: "main", alg: "RS256", use: "sig" }],
};
const fetchMock = vi.fn(
  async (_url: string, _init?: RequestInit) =>
    new Response(JSON.stringify(jwks), { status: 200, headers: { "content-type": "application/json" } }),
);

beforeAll(() => {
  vi.stubGlobal("fetch", fetchMock);
  cacheJwks(jwks);
});
afterEach(() => fetchMock.mockClear());

describe("verifyAccessToken", () => {
  it("accepts a valid access token", async () => {
    expect(await verifyAccessToken(jwt(access()))).toMatchObject({
      sub: "user-1",
      username: "user-1",
      origin_jti: "origin-1",
    });
  });

  const rejected: [string, () => string][] = [
    ["expired", () => jwt(access({ exp: now() - 10 }))],
    ["not yet valid (nbf)", () => jwt(access({ nbf: now() + 600 }))],
    [
      "another pool's issuer",
      () => jwt(access({ iss: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other" })),
    ],
    ["another client", () => jwt(access({ client_id: "someone-else" }))],
    ["an ID token", () => jwt(id())],
    ["no token_use", () => jwt(access({ token_use: undefined }))],
    ["no exp", () => jwt(access({ exp: undefined }))],
    ["alg none", () => `${b64({ alg: "none", kid: "main" })}.${b64(access())}.`],
    ["alg none with a fake signature", () => `${b64({ alg: "none", kid: "main" })}.${b64(access())}.AAAA`],
    [
      "HS256 keyed with the public key",
      () => {
        const input = `${b64({ alg: "HS256", kid: "main" })}.${b64(access())}`;
        const pem = main.publicKey.export({ format: "pem", type: "spki" });
        return `${input}.${createHmac("sha256", pem).update(input).digest("base64url")}`;
      },
    ],
    ["RS512 on an RS256 key", () => jwt(access(), { alg: "RS512", kid: "main" })],
    ["signed by another key with the right kid", () => jwt(access(), undefined, other.privateKey)],
    [
      "a flipped signature byte",
      () => {
        const t = jwt(access());
        return t.slice(0, -5) + (t.at(-5) === "A" ? "B" : "A") + t.slice(-4);
      },
    ],
    [
      "an edited payload",
      () => {
        const [h, , s] = jwt(access()).split(".");
        return `${h}.${b64(access({ "cognito:groups": ["admin"] }))}.${s}`;
      },
    ],
    ["no kid", () => jwt(access(), { alg: "RS256" })],
    ["two segments", () => jwt(access()).split(".").slice(0, 2).join(".")],
    ["four segments", () => `${jwt(access())}.AAAA`],
    ["bad base64", () => "!!!.@@@.###"],
    ["non-JSON header", () => `${b64("not json")}.${b64(access())}.AAAA`],
    ["over-length", () => jwt(access({ padding: "p".repeat(MAX_TOKEN_LENGTH) }))],
    [
      "a refresh token",
      () => "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.opaque.refresh.token.value",
    ],
    ["empty", () => ""],
  ];

  it.each(rejected)("rejects %s", async (_label, make) => {
    await expect(verifyAccessToken(make())).resolves.toBeNull();
  });

  it("rejects non-strings without throwing", async () => {
    await expect(verifyAccessToken(undefined)).resolves.toBeNull();
    await expect(verifyAccessToken({ toString: () => "x" })).resolves.toBeNull();
  });
});

describe("verifyIdToken", () => {
  it("accepts a valid ID token and keeps the identity claims", async () => {
    expect(await verifyIdToken(jwt(id()))).toMatchObject({
      sub: "user-1",
      email: "a@b.test",
      name: "A B",
      preferred_username: "ab",
    });
  });

  it("rejects an access token and another client's ID token", async () => {
    await expect(verifyIdToken(jwt(access()))).resolves.toBeNull();
    await expect(verifyIdToken(jwt(id({ aud: "other" })))).resolves.toBeNull();
  });
});

describe("JWKS", () => {
  it("looks an unknown kid up once at the emulator's JWKS, then backs off during a flood", async () => {
    const tokens = Array.from({ length: 20 }, (_, i) => jwt(access(), { alg: "RS256", kid: `unknown-${i}` }));
    const results = await Promise.all(tokens.map((t) => verifyAccessToken(t)));
    expect(results.every((r) => r === null)).toBe(true);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`${EMULATOR}/${POOL}/.well-known/jwks.json`);
    await expect(verifyAccessToken(jwt(access()))).resolves.not.toBeNull();
  });
});

describe("cached verdicts", () => {
  afterEach(() => {
    vi.useRealTimers();
    cacheJwks(jwks);
  });

  it("end at the token's exp", async () => {
    const token = jwt(access({ exp: now() + 5 }));
    await expect(verifyAccessToken(token)).resolves.not.toBeNull();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 10_000);
    await expect(verifyAccessToken(token)).resolves.toBeNull();
  });

  it("end when the published keys change", async () => {
    const token = jwt(access({ jti: "rotated-away" }));
    await expect(verifyAccessToken(token)).resolves.not.toBeNull();
    cacheJwks({
      keys: [{ ...other.publicKey.export({ format: "jwk" }), kty: "RSA", kid: "main", alg: "RS256", use: "sig" }],
    });
    await expect(verifyAccessToken(token)).resolves.toBeNull();
  });
});
