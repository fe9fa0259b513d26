import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AuthError } from "../cognito/errors";
import type { AuthTokens } from "../cognito/types";
import type { CookieJar, CookieToSet } from "../session/types";
import type { AccessClaims } from "../tokens/claims";
import { CLIENT, ISSUER, jwksOf, jwksServer, jwt, mainKey, now, stubPoolEnv } from "../tokens/__fixtures__/pool";

stubPoolEnv();
const cognito = vi.hoisted(() => ({
  calls: 0,
  sent: [] as string[],
  answer: async (): Promise<AuthTokens> => Promise.reject(new Error("unset")),
}));
vi.mock("../cognito/refresh", () => ({
  refreshTokens: async (refreshToken: string) => {
    cognito.calls++;
    cognito.sent.push(refreshToken);
    return cognito.answer();
  },
}));
const log = vi.hoisted(() => ({ refreshed: vi.fn(), refreshFailed: vi.fn(), refreshTokenReused: vi.fn() }));
vi.mock("./auth-log", () => ({ authLog: log }));

const { refreshSession } = await import("./refresh-session");
const { readSession, sessionCookies } = await import("../session/cookies");
const { sessionFromTokens } = await import("../session/from-tokens");
const { signInRegistry } = await import("./shared-state");

beforeAll(() => vi.stubGlobal("fetch", jwksServer(jwksOf({ kid: "main", publicKey: mainKey.publicKey })).fetch));

let counter = 0;
function tokensFor(sub: string, originJti: string, exp: number): AuthTokens {
  const common = { sub, iss: ISSUER, exp, iat: exp - 3600, origin_jti: originJti, auth_time: now() };
  return {
    accessToken: jwt({ ...common, username: sub, client_id: CLIENT, token_use: "access", jti: `a-${counter++}` }),
    idToken: jwt({ ...common, aud: CLIENT, token_use: "id", "cognito:username": sub, email: `${sub}@x.test` }),
    refreshToken: `refresh-${originJti}`,
    expiresIn: 3600,
  };
}

const jarOf = (cookies: CookieToSet[]): CookieJar => {
  const live = cookies.filter((c) => c.options.maxAge > 0).map(({ name, value }) => ({ name, value }));
  return { getAll: () => live };
};

/** A signed-in browser whose access token expired a few seconds ago. */
async function expiringSignIn(sub: string) {
  const sid = `origin-${sub}-${counter++}`;
  const session = (await sessionFromTokens(tokensFor(sub, sid, now() + 3600)))!;
  await signInRegistry().record(sid, { sub, email: `${sub}@x.test`, userAgent: "test" });
  const { cookies } = await sessionCookies({ ...session, accessExpiresAt: now() - 5 });
  cognito.answer = async () => tokensFor(sub, sid, now() + 3600);
  return { sid, jar: jarOf(cookies) };
}

beforeEach(() => {
  cognito.calls = 0;
  cognito.sent = [];
});

const refreshCookies = (cookies: CookieToSet[]) =>
  cookies.filter((c) => c.name.startsWith("cruddur-refresh") && c.options.maxAge > 0);

describe("refreshSession", () => {
  it("renews the session and moves the sign-in to its next generation", async () => {
    const { sid, jar } = await expiringSignIn("renew");
    const result = await refreshSession(jar);
    expect(result.signedIn).toBe(true);
    expect(result.cookies.some((c) => c.name === "cruddur-session" && c.options.maxAge > 0)).toBe(true);
    const state = await signInRegistry().state(sid, "renew");
    expect(state.state === "active" && state.record.generation).toBe(1);
  });

  it("makes one Cognito call for twenty concurrent requests of one sign-in, and all stay signed in", async () => {
    const { jar } = await expiringSignIn("parallel");
    const results = await Promise.all(Array.from({ length: 20 }, () => refreshSession(jar)));
    expect(cognito.calls).toBe(1);
    expect(results.every((r) => r.signedIn)).toBe(true);
  });

  it("hands a replay of the same old cookie the result already obtained, without calling Cognito", async () => {
    const { jar } = await expiringSignIn("replay");
    const first = await refreshSession(jar);
    const replays = await Promise.all(Array.from({ length: 100 }, () => refreshSession(jar)));
    expect(cognito.calls).toBe(1);
    expect(replays.every((r) => JSON.stringify(r.cookies) === JSON.stringify(first.cookies))).toBe(true);
  });

  it("refuses to refresh a copy of an older generation once its result is gone", async () => {
    const { sid, jar } = await expiringSignIn("stale");
    await refreshSession(jar);
    const { sharedStore } = await import("../store/shared");
    await sharedStore().delete([
      `refresh-result:${(await import("node:crypto")).createHash("sha256").update(`refresh-${sid}`).digest("base64url")}:0`,
    ]);
    const stale = await refreshSession(jar);
    expect(cognito.calls).toBe(1);
    expect(stale.signedIn).toBe(false);
    expect(stale.cookies.every((c) => c.options.maxAge === 0)).toBe(true);
  });

  it("keeps the cookies through a throttled Cognito, so a later request can refresh", async () => {
    const { jar } = await expiringSignIn("throttled");
    cognito.answer = async () => Promise.reject(new AuthError("throttled"));
    expect(await refreshSession(jar)).toEqual({ signedIn: false, cookies: [] });
  });

  it("signs out and ends the sign-in when Cognito says the refresh token is revoked", async () => {
    const { sid, jar } = await expiringSignIn("revoked");
    cognito.answer = async () => Promise.reject(new AuthError("session-expired"));
    const result = await refreshSession(jar);
    expect(result.signedIn).toBe(false);
    expect(result.cookies.every((c) => c.options.maxAge === 0)).toBe(true);
    expect((await signInRegistry().state(sid, "revoked")).state).toBe("ended");
  });

  it("does not refresh a sign-in the registry has ended", async () => {
    const { sid, jar } = await expiringSignIn("ended");
    const { revocations } = await import("./shared-state");
    await revocations().endSignIn(sid, "ended", { accessValidityMs: 3_600_000, refreshRevoked: true });
    expect((await refreshSession(jar)).signedIn).toBe(false);
    expect(cognito.calls).toBe(0);
  });
});

describe("refreshSession with a client that rotates refresh tokens", () => {
  async function rotatingSignIn(sub: string) {
    const signIn = await expiringSignIn(sub);
    let issued = 0;
    cognito.answer = async () => ({ ...tokensFor(sub, signIn.sid, now() + 3600), refreshToken: `rotated-${++issued}` });
    return signIn;
  }

  it("keeps the new refresh token with the new access token, and refreshes with it next time", async () => {
    const { sid, jar } = await rotatingSignIn("rotates");
    const first = await refreshSession(jar);
    expect(refreshCookies(first.cookies)).not.toHaveLength(0);
    const session = await readSession(jarOf(first.cookies), { withRefreshToken: true });
    expect(session?.refreshToken).toBe("rotated-1");
    const expiring = await sessionCookies({ ...session!, accessExpiresAt: now() - 5 });
    expect((await refreshSession(jarOf(expiring.cookies))).signedIn).toBe(true);
    expect(cognito.sent).toEqual([`refresh-${sid}`, "rotated-1"]);
  });

  it("makes one call for twenty concurrent requests, and all of them get the one new refresh token", async () => {
    const { jar } = await rotatingSignIn("rotates-parallel");
    const results = await Promise.all(Array.from({ length: 20 }, () => refreshSession(jar)));
    expect(cognito.calls).toBe(1);
    expect(results.every((r) => r.signedIn)).toBe(true);
    expect(new Set(results.map((r) => JSON.stringify(refreshCookies(r.cookies)))).size).toBe(1);
  });

  it("never sends a replaced refresh token again: an older copy is refused here, not at Cognito", async () => {
    const { sid, jar } = await rotatingSignIn("rotates-stale");
    await refreshSession(jar);
    const { sharedStore } = await import("../store/shared");
    await sharedStore().delete([
      `refresh-result:${(await import("node:crypto")).createHash("sha256").update(`refresh-${sid}`).digest("base64url")}:0`,
    ]);
    await refreshSession(jar);
    expect(cognito.calls).toBe(1);
  });

  it("ends the sign-in everywhere and logs it when Cognito says the refresh token was reused", async () => {
    const { sid, jar } = await rotatingSignIn("reused");
    cognito.answer = async () => Promise.reject(new AuthError("refresh-token-reused"));
    const result = await refreshSession(jar);
    expect(result.signedIn).toBe(false);
    expect(result.cookies.every((c) => c.options.maxAge === 0)).toBe(true);
    expect((await signInRegistry().state(sid, "reused")).state).toBe("ended");
    const { revocations } = await import("./shared-state");
    const thief = { sub: "reused", origin_jti: sid, iat: now(), auth_time: now() - 60 } as AccessClaims;
    expect(await revocations().isTokenRevoked(thief)).toBe(true);
    expect(log.refreshTokenReused).toHaveBeenCalledWith(expect.objectContaining({ sub: "reused" }));
  });
});

describe("refreshSession with a client that does not rotate", () => {
  it("leaves the refresh cookie alone, so the same token refreshes next time", async () => {
    const { sid, jar } = await expiringSignIn("keeps");
    cognito.answer = async () => ({ ...tokensFor("keeps", sid, now() + 3600), refreshToken: undefined });
    const first = await refreshSession(jar);
    expect(first.signedIn).toBe(true);
    expect(refreshCookies(first.cookies)).toHaveLength(0);
    expect(cognito.sent).toEqual([`refresh-${sid}`]);
  });
});
