import { beforeEach, describe, expect, it, vi } from "vitest";
import { AuthError } from "../cognito/errors";
import { typicalSession } from "../session/__fixtures__/sessions";
import { sessionCookies } from "../session/cookies";
import type { CookieJar } from "../session/types";

const SECRET = "1.J4UAIVSQCWV1qyZCxa2tzXVWj05mvc8AQrknwOTsmfk";
vi.stubEnv("AWS_COGNITO_USER_POOL_ID", "us-east-1_TestPool1");
vi.stubEnv("AWS_COGNITO_USER_POOL_CLIENT_ID", "testclient123");
vi.stubEnv("SESSION_SECRET", SECRET);

const cognito = vi.hoisted(() => ({ failure: new Error("unset"), calls: 0 }));
vi.mock("../cognito/refresh", () => ({
  refreshTokens: async () => {
    cognito.calls++;
    throw cognito.failure;
  },
}));
vi.mock("../log/auth-log", () => ({ authLog: { refreshed: vi.fn(), refreshFailed: vi.fn() } }));

const { resolveSession } = await import("./resolve-session");

const NOW = 2e9;

/** The cookies of a session whose access token expires at `accessExpiresAt`, with its refresh cookie. */
async function jarFor(accessExpiresAt: number): Promise<CookieJar> {
  const saved = await sessionCookies({ ...typicalSession(), accessExpiresAt }, undefined, {
    secure: false,
    secrets: [SECRET],
  });
  const cookies = saved.cookies.map(({ name, value }) => ({ name, value }));
  return { getAll: () => cookies };
}

describe("resolveSession when the refresh fails", () => {
  beforeEach(() => {
    cognito.calls = 0;
  });

  it("keeps the cookies through a throttled refresh of an expired token, so a later request can refresh", async () => {
    cognito.failure = new AuthError("throttled");
    expect(await resolveSession(await jarFor(NOW - 10), NOW)).toEqual({ signedIn: false, cookies: [] });
    expect(cognito.calls).toBe(1);
  });

  it("clears the cookies when the refresh token is revoked", async () => {
    cognito.failure = new AuthError("session-expired");
    const resolution = await resolveSession(await jarFor(NOW - 10), NOW);
    expect(resolution.signedIn).toBe(false);
    expect(resolution.cookies.length).toBeGreaterThan(0);
    expect(resolution.cookies.every((cookie) => cookie.options.maxAge === 0)).toBe(true);
  });
});
