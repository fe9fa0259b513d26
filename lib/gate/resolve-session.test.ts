import { beforeEach, describe, expect, it, vi } from "vitest";
import { sessionCookies } from "../session/cookies";
import type { CookieJar, CookieToSet } from "../session/types";
import { typicalSession } from "../session/__fixtures__/sessions";

const SECRET = "1.J4UAIVSQCWV1qyZCxa2tzXVWj05mvc8AQrknwOTsmfk";
vi.stubEnv("AWS_COGNITO_USER_POOL_ID", "us-east-1_TestPool1");
vi.stubEnv("AWS_COGNITO_USER_POOL_CLIENT_ID", "testclient123");
vi.stubEnv("SESSION_SECRET", SECRET);
vi.stubEnv("PORT", "4123");

const { resolveSession } = await import("./resolve-session");

const NOW = 2e9;
const fetchMock = vi.fn<(url: string, init?: RequestInit) => Promise<Response>>();
vi.stubGlobal("fetch", fetchMock);

async function jarFor(accessExpiresAt: number): Promise<CookieJar> {
  const saved = await sessionCookies({ ...typicalSession(), accessExpiresAt }, undefined, {
    secure: false,
    secrets: [SECRET],
  });
  const cookies = [...saved.cookies.map(({ name, value }) => ({ name, value })), { name: "theme", value: "dark" }];
  return { getAll: () => cookies };
}

const renewed: CookieToSet[] = [
  {
    name: "cruddur-session",
    value: "new-seal",
    options: { httpOnly: true, secure: false, sameSite: "lax", path: "/", maxAge: 60 },
  },
];

describe("resolveSession, for a token due for refresh", () => {
  beforeEach(() => fetchMock.mockReset());

  it("asks the app's own refresh route on loopback, with only the session cookies, and returns its answer", async () => {
    fetchMock.mockResolvedValueOnce(Response.json({ signedIn: true, cookies: renewed }));
    expect(await resolveSession(await jarFor(NOW - 10), NOW)).toEqual({
      signedIn: true,
      cookies: renewed,
      viewer: typicalSession().user,
    });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe("http://127.0.0.1:4123/api/session/refresh");
    expect(init?.method).toBe("POST");
    const cookie = new Headers(init?.headers).get("cookie") ?? "";
    expect(cookie).toMatch(/^cruddur-session=.+; cruddur-refresh=.+$/);
    expect(cookie).not.toContain("theme");
  });

  it("keeps the cookies and reads signed out when the route cannot answer and the token has expired", async () => {
    fetchMock.mockRejectedValueOnce(new TypeError("fetch failed"));
    expect(await resolveSession(await jarFor(NOW - 10), NOW)).toEqual({ signedIn: false, cookies: [], viewer: null });
  });

  it("ignores an answer that is not a resolution", async () => {
    fetchMock.mockResolvedValueOnce(Response.json({ signedIn: "yes" }));
    expect(await resolveSession(await jarFor(NOW - 10), NOW)).toEqual({ signedIn: false, cookies: [], viewer: null });
  });

  it("does not call the route for a token that is not due", async () => {
    await resolveSession(await jarFor(NOW + 3600), NOW);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe("resolveSession, without a session", () => {
  it("clears a session cookie it cannot read, and leaves other visitors alone", async () => {
    const tampered = await resolveSession(
      { getAll: () => [{ name: "cruddur-session", value: "Fe26.2*garbage" }] },
      NOW,
    );
    expect(tampered.signedIn).toBe(false);
    expect(tampered.cookies.every((cookie) => cookie.options.maxAge === 0)).toBe(true);
    expect(await resolveSession({ getAll: () => [{ name: "theme", value: "dark" }] }, NOW)).toEqual({
      signedIn: false,
      cookies: [],
      viewer: null,
    });
  });
});
