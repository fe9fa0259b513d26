import { beforeAll, describe, expect, it, vi } from "vitest";
import { CLIENT, ISSUER, jwksOf, jwksServer, jwt, mainKey, now, stubPoolEnv } from "../tokens/__fixtures__/pool";

stubPoolEnv();
const { sessionCookies } = await import("../session/cookies");
const { sessionFromTokens } = await import("../session/from-tokens");
const { checkSessionIn } = await import("./verify-session");
const { revocations, signInRegistry } = await import("./shared-state");
const { sharedStore } = await import("../store/shared");

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
  await signInRegistry().record(originJti, { sub, email: `${sub}@x.test`, userAgent: "test" });
  const saved = await sessionCookies(session);
  const cookies = saved.cookies.filter((c) => c.options.maxAge > 0);
  return { getAll: () => cookies.map(({ name, value }) => ({ name, value })) };
}

beforeAll(() => vi.stubGlobal("fetch", jwksServer(jwksOf({ kid: "main", publicKey: mainKey.publicKey })).fetch));

const userOf = async (jar: Awaited<ReturnType<typeof signedInJar>>) => {
  const check = await checkSessionIn(jar);
  return check.status === "signed-in" ? check.value.user.sub : check.status;
};

describe("checkSessionIn", () => {
  it("returns the verified user, token and sign-in id", async () => {
    const jar = await signedInJar("user-a", "origin-a");
    expect(await checkSessionIn(jar)).toMatchObject({
      status: "signed-in",
      value: { user: { sub: "user-a", handle: "h" }, sessionId: "origin-a" },
    });
  });

  it("refuses a replayed cookie after sign-out", async () => {
    const jar = await signedInJar("user-b", "origin-b");
    await revocations().endSignIn("origin-b", "user-b", { accessValidityMs: 3_600_000, refreshRevoked: true });
    expect(await userOf(jar)).toBe("signed-out");
  });

  it("refuses a valid cookie whose sign-in the registry does not hold", async () => {
    const jar = await signedInJar("user-d", "origin-d");
    await sharedStore().delete(["sign-in:origin-d"]);
    expect(await userOf(jar)).toBe("signed-out");
  });

  it("refuses sign-ins from before a global sign-out, not a later sign-in", async () => {
    const before = await signedInJar("user-c", "origin-c1", now() - 5);
    await revocations().endAllSignIns("user-c");
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await userOf(before)).toBe("signed-out");
    expect(await userOf(await signedInJar("user-c", "origin-c2"))).toBe("user-c");
  });

  it("fails closed when the registry cannot answer", async () => {
    const jar = await signedInJar("user-e", "origin-e");
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(sharedStore(), "getMany").mockRejectedValueOnce(new Error("ECONNREFUSED"));
    expect(await userOf(jar)).toBe("unavailable");
    expect(error).toHaveBeenCalledTimes(1);
  });

  it("treats an empty or foreign jar as signed out", async () => {
    expect(await userOf({ getAll: () => [] })).toBe("signed-out");
    expect(await userOf({ getAll: () => [{ name: "cruddur-session", value: "Fe26.2*1*garbage" }] })).toBe("signed-out");
  });
});
