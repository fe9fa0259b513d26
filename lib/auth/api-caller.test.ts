import { beforeEach, describe, expect, it, vi } from "vitest";

const checkAccessToken = vi.fn();
const checkSessionIn = vi.fn();
const jar = { has: vi.fn(() => false), getAll: vi.fn(() => []) };

vi.mock("next/headers", () => ({ cookies: async () => jar }));
vi.mock("./verify-session", () => ({ checkAccessToken, checkSessionIn }));
vi.mock("../config/env", () => ({ getConfig: () => ({ isProduction: false }) }));

const { authenticateApiCaller, bearerToken } = await import("./api-caller");

const request = (headers: [string, string][] = []) => new Request("http://app.test/api/me", { headers });
const claims = { sub: "u1", username: "u1", exp: 2e9, iat: 1, origin_jti: "sid" };
const user = { sub: "u1", username: "u1", email: "a@x.test", name: "A", handle: "a" };

describe("bearerToken", () => {
  it.each([
    [[], null],
    [[["authorization", "Bearer abc.def.ghi"]], "abc.def.ghi"],
    [[["authorization", "bearer abc.def.ghi"]], "abc.def.ghi"],
    [[["authorization", "BEARER  abc.def.ghi"]], "abc.def.ghi"],
    [[["authorization", "Basic dXNlcjpwYXNz"]], "invalid"],
    [[["authorization", "Bearer"]], "invalid"],
    [[["authorization", "Bearer "]], "invalid"],
    [[["authorization", ""]], "invalid"],
    [[["authorization", "Bearer a.b.c d.e.f"]], "invalid"],
    [
      [
        ["authorization", "Bearer a.b.c"],
        ["authorization", "Bearer d.e.f"],
      ],
      "invalid",
    ],
  ] as [[string, string][], string | null][])("%j → %s", (headers, expected) => {
    expect(bearerToken(request(headers))).toBe(expected);
  });
});

const SIGNED_OUT = { status: "signed-out" };

describe("authenticateApiCaller", () => {
  beforeEach(() => vi.clearAllMocks());

  it("is anonymous with no credentials at all", async () => {
    checkSessionIn.mockResolvedValueOnce(SIGNED_OUT);
    expect(await authenticateApiCaller(request())).toEqual({ kind: "anonymous" });
  });

  it("is invalid for a bad Bearer token, without falling back to the cookie", async () => {
    checkAccessToken.mockResolvedValueOnce(SIGNED_OUT);
    expect(await authenticateApiCaller(request([["authorization", "Bearer a.b.c"]]))).toEqual({ kind: "invalid" });
    expect(checkSessionIn).not.toHaveBeenCalled();
  });

  it("accepts a valid Bearer token on local verification alone", async () => {
    checkAccessToken.mockResolvedValueOnce({ status: "signed-in", value: claims });
    expect(await authenticateApiCaller(request([["authorization", "Bearer a.b.c"]]))).toEqual({
      kind: "user",
      source: "bearer",
      accessToken: "a.b.c",
      claims,
      sessionId: "sid",
    });
    expect(checkSessionIn).not.toHaveBeenCalled();
  });

  it("uses the session cookie when there is no header, and calls a dead cookie invalid", async () => {
    checkSessionIn.mockResolvedValueOnce({
      status: "signed-in",
      value: { user, claims, sessionId: "sid", accessToken: "t" },
    });
    expect(await authenticateApiCaller(request())).toMatchObject({ kind: "user", source: "cookie" });
    checkSessionIn.mockResolvedValueOnce(SIGNED_OUT);
    jar.has.mockReturnValueOnce(true);
    expect(await authenticateApiCaller(request())).toEqual({ kind: "invalid" });
  });

  it("is unavailable, not anonymous, when sign-ins cannot be checked", async () => {
    checkAccessToken.mockResolvedValueOnce({ status: "unavailable" });
    expect(await authenticateApiCaller(request([["authorization", "Bearer a.b.c"]]))).toEqual({ kind: "unavailable" });
    checkSessionIn.mockResolvedValueOnce({ status: "unavailable" });
    expect(await authenticateApiCaller(request())).toEqual({ kind: "unavailable" });
  });
});
