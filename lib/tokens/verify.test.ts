import { createHmac } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  EMULATOR,
  POOL,
  access,
  b64,
  id,
  jwksOf,
  jwksServer,
  jwt,
  mainKey,
  now,
  otherKey,
  stubPoolEnv,
} from "./__fixtures__/pool";

stubPoolEnv();
const { verifyAccessToken, verifyIdToken, MAX_TOKEN_LENGTH } = await import("./verify");

const { fetch: fetchMock } = jwksServer(jwksOf({ kid: "main", publicKey: mainKey.publicKey }));

beforeAll(async () => {
  vi.stubGlobal("fetch", fetchMock);
  await verifyAccessToken(jwt(access()));
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
    ["issued in the future, beyond the clock skew (iat)", () => jwt(access({ iat: now() + 600 }))],
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
        const pem = mainKey.publicKey.export({ format: "pem", type: "spki" });
        return `${input}.${createHmac("sha256", pem).update(input).digest("base64url")}`;
      },
    ],
    ["RS512 on an RS256 key", () => jwt(access(), { alg: "RS512", kid: "main" })],
    ["signed by another key with the right kid", () => jwt(access(), undefined, otherKey.privateKey)],
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

  it("writes no log line for any token it refuses: those are expected failures", async () => {
    const problems = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const [, make] of rejected) await verifyAccessToken(make());
    expect(problems).not.toHaveBeenCalled();
    problems.mockRestore();
  });

  it("accepts a token issued a little in the future: clocks drift", async () => {
    await expect(verifyAccessToken(jwt(access({ iat: now() + 30 })))).resolves.not.toBeNull();
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
