import { beforeAll, describe, expect, it, vi } from "vitest";
import { CLIENT, ISSUER, jwksOf, jwksServer, jwt, mainKey, now, stubPoolEnv } from "../tokens/__fixtures__/pool";

stubPoolEnv();
const { sessionCookies } = await import("../session/cookies");
const { sessionFromTokens } = await import("../session/from-tokens");
const { verifySessionIn } = await import("./verify-session");
const { revocationStore } = await import("./revocation");

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
  const session = (await sessionFromTokens({ accessToken, idToken, refreshToken: "opaque", expiresIn: 3600 }))!;
  const saved = await sessionCookies(session);
  const cookies = saved.cookies.filter((c) => c.options.maxAge > 0);
  return { getAll: () => cookies.map(({ name, value }) => ({ name, value })) };
}

beforeAll(() => vi.stubGlobal("fetch", jwksServer(jwksOf({ kid: "main", publicKey: mainKey.publicKey })).fetch));

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
