import { generateKeyPairSync, sign } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";

const POOL = "us-east-1_TestPool1";
const CLIENT = "testclient123";
const ISSUER = `https://cognito-idp.us-east-1.amazonaws.com/${POOL}`;
vi.stubEnv("AWS_COGNITO_USER_POOL_ID", POOL);
vi.stubEnv("AWS_COGNITO_USER_POOL_CLIENT_ID", CLIENT);
vi.stubEnv("SESSION_SECRET", "auth-check-test-secret-32-characters-long");

const { cacheJwks, verifyAccessToken, verifyIdToken } = await import("./jwt");
const { sessionCookies, sessionFromTokens } = await import("./session");
const { verifySessionIn } = await import("./auth-check");
const { revocationStore } = await import("./revocation");

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
function jwt(payload: object) {
  const input = `${b64({ alg: "RS256", kid: "k1" })}.${b64(payload)}`;
  return `${input}.${sign("sha256", Buffer.from(input), privateKey).toString("base64url")}`;
}
const now = () => Math.floor(Date.now() / 1000);

async function signedInJar(sub: string, originJti: string, iat = now()) {
  const common = { sub, iss: ISSUER, exp: iat + 3600, iat, origin_jti: originJti };
  const accessToken = jwt({ ...common, username: sub, client_id: CLIENT, token_use: "access", jti: `${originJti}-a` });
  const idToken = jwt({
    ...common,
    aud: CLIENT,
    token_use: "id",
    "cognito:username": sub,
    email: `${sub}@x.test`,
    name: "N",
    preferred_username: "h",
  });
  const session = sessionFromTokens(
    { accessToken, refreshToken: "opaque" },
    (await verifyAccessToken(accessToken))!,
    (await verifyIdToken(idToken))!,
  )!;
  const saved = await sessionCookies(session);
  const cookies = saved.cookies.filter((c) => c.options.maxAge > 0);
  return { getAll: () => cookies.map(({ name, value }) => ({ name, value })) };
}

beforeAll(() =>
  cacheJwks({ keys: [{ ...publicKey.export({ format: "jwk" }), kty: "RSA", kid: "k1", alg: "RS256", use: "sig" }] }),
);

describe("verifySessionIn", () => {
  it("returns the verified user, token and sign-in id", async () => {
    const jar = await signedInJar("user-a", "origin-a");
    expect(await verifySessionIn(jar)).toMatchObject({ user: { sub: "user-a", handle: "h" }, sessionId: "origin-a" });
  });

  it("refuses a replayed cookie after sign-out", async () => {
    const jar = await signedInJar("user-b", "origin-b");
    revocationStore.revokeSession("origin-b", now() + 3600);
    expect(await verifySessionIn(jar)).toBeNull();
  });

  it("refuses sessions issued before a global sign-out, not a later sign-in", async () => {
    const before = await signedInJar("user-c", "origin-c1", now() - 5);
    revocationStore.revokeUser("user-c", now());
    expect(await verifySessionIn(before)).toBeNull();
    expect(await verifySessionIn(await signedInJar("user-c", "origin-c2"))).not.toBeNull();
  });

  it("treats an empty or foreign jar as signed out", async () => {
    expect(await verifySessionIn({ getAll: () => [] })).toBeNull();
    expect(
      await verifySessionIn({ getAll: () => [{ name: "cruddur-session", value: "Fe26.2*1*garbage" }] }),
    ).toBeNull();
  });
});
