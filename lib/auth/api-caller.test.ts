import { beforeEach, describe, expect, it, vi } from "vitest";

const verifyAccess = vi.fn();
const verifySessionIn = vi.fn();
const jar = { has: vi.fn(() => false), getAll: vi.fn(() => []) };

vi.mock("next/headers", () => ({ cookies: async () => jar }));
vi.mock("./verify-session", () => ({ verifyAccess, verifySessionIn }));
vi.mock("../config/env", () => ({ getConfig: () => ({ isProduction: false }) }));

const { authenticateBearer, bearerToken } = await import("./api-caller");

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

describe("authenticateBearer", () => {
  beforeEach(() => vi.clearAllMocks());

  it("is anonymous with no credentials at all", async () => {
    verifySessionIn.mockResolvedValueOnce(null);
    expect(await authenticateBearer(request())).toEqual({ kind: "anonymous" });
  });

  it("is invalid for a bad Bearer token, without falling back to the cookie", async () => {
    verifyAccess.mockResolvedValueOnce(null);
    expect(await authenticateBearer(request([["authorization", "Bearer a.b.c"]]))).toEqual({ kind: "invalid" });
    expect(verifySessionIn).not.toHaveBeenCalled();
  });

  it("accepts a valid Bearer token on local verification alone", async () => {
    verifyAccess.mockResolvedValueOnce(claims);
    expect(await authenticateBearer(request([["authorization", "Bearer a.b.c"]]))).toEqual({
      kind: "user",
      source: "bearer",
      accessToken: "a.b.c",
      claims,
      sessionId: "sid",
    });
    expect(verifySessionIn).not.toHaveBeenCalled();
  });

  it("uses the session cookie when there is no header, and calls a dead cookie invalid", async () => {
    verifySessionIn.mockResolvedValueOnce({ user, claims, sessionId: "sid", accessToken: "t" });
    expect(await authenticateBearer(request())).toMatchObject({ kind: "user", source: "cookie" });
    verifySessionIn.mockResolvedValueOnce(null);
    jar.has.mockReturnValueOnce(true);
    expect(await authenticateBearer(request())).toEqual({ kind: "invalid" });
  });
});
