import { describe, expect, it, vi } from "vitest";
import { MAX_SET_COOKIE_BYTES, serializeCookie } from "./chunks";
import { maximalSession, typicalSession } from "./__fixtures__/sessions";
import { clearedSessionCookies, cookieNames, readSession, requestCookieHeader, sessionCookies } from "./cookies";
import type { CookieToSet, Session } from "./types";

const SECRET = "1.J4UAIVSQCWV1qyZCxa2tzXVWj05mvc8AQrknwOTsmfk";
const settings = { secure: true, secrets: [SECRET] };

function jarOf(cookies: CookieToSet[], extra: { name: string; value: string }[] = []) {
  const live = cookies.filter((c) => c.options.maxAge > 0).map(({ name, value }) => ({ name, value }));
  return { getAll: () => [...live, ...extra] };
}

async function save(session: Session, s = settings, jar?: ReturnType<typeof jarOf>) {
  const result = await sessionCookies(session, jar, s);
  expect(result.status).toBe("saved");
  return result.cookies;
}

function report(label: string, cookies: CookieToSet[]) {
  const live = cookies.filter((c) => c.options.maxAge > 0);
  const sizes = live.map((c) => `${c.name} ${serializeCookie(c).length} B`).join(", ");
  const header = live.map((c) => `${c.name}=${c.value}`).join("; ").length;
  console.log(`[cookie budget] ${label}: Set-Cookie ${sizes}; request Cookie header ${header} B`);
}

describe("cookie budget", () => {
  const cases: [string, () => Session][] = [
    ["typical (1 KB access, 1.8 KB refresh)", typicalSession],
    ["maximal (6 KB ID token, 2 KB name, 1.5 KB access, 1.8 KB refresh)", () => maximalSession()],
    ["extreme (5 KB access token, 2 KB name)", () => maximalSession(5 * 1024)],
  ];

  it.each(cases)("keeps every Set-Cookie within 4096 bytes and round-trips: %s", async (label, make) => {
    const session = make();
    const cookies = await save(session);
    report(label, cookies);
    for (const cookie of cookies) expect(serializeCookie(cookie).length).toBeLessThanOrEqual(MAX_SET_COOKIE_BYTES);
    expect(await readSession(jarOf(cookies), { withRefreshToken: true, settings: settings })).toEqual(session);
  });

  it("never stores the ID token's custom claims", async () => {
    const session = maximalSession();
    expect(Object.keys(session.user).sort()).toEqual(["email", "handle", "name", "sub", "username"]);
  });

  it("refuses an impossible session without throwing: too-large, cookies cleared", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const session = { ...typicalSession(), accessToken: "x".repeat(20_000) };
    const result = await sessionCookies(session, undefined, settings);
    expect(result.status).toBe("too-large");
    expect(result.cookies.every((c) => c.options.maxAge === 0)).toBe(true);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it("deletes stale chunks when a seal shrinks", async () => {
    const big = await save(maximalSession(5 * 1024));
    expect(big.some((c) => c.name.endsWith(".1"))).toBe(true);
    const small = await save(typicalSession(), settings, jarOf(big));
    const deleted = small.filter((c) => c.options.maxAge === 0).map((c) => c.name);
    expect(deleted).toContain(`${cookieNames(true).session}.1`);
    const after = jarOf([...big.filter((c) => !small.some((s) => s.name === c.name)), ...small]);
    expect(await readSession(after, { withRefreshToken: true, settings: settings })).toEqual(typicalSession());
  });
});

describe("cookie attributes", () => {
  it("uses __Host- and Secure in production, plain names on localhost", async () => {
    const [prod] = await save(typicalSession());
    expect(serializeCookie(prod!)).toMatch(
      /^__Host-cruddur-session=.*; Path=\/; Expires=.*; Max-Age=\d+; Secure; HttpOnly; SameSite=lax$/,
    );
    const [dev] = await save(typicalSession(), { secure: false, secrets: [SECRET] });
    expect(serializeCookie(dev!)).toMatch(
      /^cruddur-session=.*; Path=\/; Expires=.*; Max-Age=\d+; HttpOnly; SameSite=lax$/,
    );
  });

  it("clears every cookie and chunk the jar holds", async () => {
    const cookies = await save(maximalSession(5 * 1024));
    const cleared = clearedSessionCookies(jarOf(cookies), settings);
    const live = jarOf(cookies)
      .getAll()
      .map((c) => c.name);
    expect(cleared.map((c) => c.name).sort()).toEqual(live.sort());
    expect(cleared.every((c) => c.value === "" && c.options.maxAge === 0 && c.options.secure)).toBe(true);
  });

  it("builds the forwarded Cookie header with the changes applied", async () => {
    const cookies = await save(typicalSession());
    const header = requestCookieHeader(
      {
        getAll: () => [
          { name: "theme", value: "dark mode" },
          { name: `${cookieNames(true).session}.1`, value: "stale" },
        ],
      },
      [
        ...cookies,
        { name: `${cookieNames(true).session}.1`, value: "", options: { ...cookies[0]!.options, maxAge: 0 } },
      ],
    );
    expect(header.startsWith("theme=dark%20mode; __Host-cruddur-session=Fe26.2*")).toBe(true);
    expect(header).not.toContain("stale");
  });
});
