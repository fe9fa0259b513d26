import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.stubEnv("AWS_COGNITO_USER_POOL_ID", "us-east-1_Pool1");
vi.stubEnv("AWS_COGNITO_USER_POOL_CLIENT_ID", "client1");
vi.stubEnv("AWS_COGNITO_USER_POOL_CLIENT_SECRET", "shh-secret");
vi.stubEnv("SESSION_SECRET", "1.J4UAIVSQCWV1qyZCxa2tzXVWj05mvc8AQrknwOTsmfk");
vi.stubEnv("AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", "http://127.0.0.1:9229");

const { refreshTokens } = await import("./refresh");

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/x-amz-json-1.1", ...headers } });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("refreshTokens", () => {
  it("calls InitiateAuth REFRESH_TOKEN_AUTH with SECRET_HASH of the cognito username", async () => {
    const fetchMock = vi.fn(async () =>
      json({ AuthenticationResult: { AccessToken: "a", IdToken: "i", ExpiresIn: 3600 } }),
    );
    vi.stubGlobal("fetch", fetchMock);
    await expect(refreshTokens("refresh-1", "uuid-user")).resolves.toEqual({
      accessToken: "a",
      idToken: "i",
      expiresIn: 3600,
    });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("http://127.0.0.1:9229");
    expect(new Headers(init.headers).get("x-amz-target")).toBe("AWSCognitoIdentityProviderService.InitiateAuth");
    expect(JSON.parse(String(init.body))).toEqual({
      AuthFlow: "REFRESH_TOKEN_AUTH",
      ClientId: "client1",
      AuthParameters: {
        REFRESH_TOKEN: "refresh-1",
        SECRET_HASH: createHmac("sha256", "shh-secret").update("uuid-userclient1").digest("base64"),
      },
    });
  });

  it("shares one call between concurrent refreshes of the same token", async () => {
    const fetchMock = vi.fn(async () =>
      json({ AuthenticationResult: { AccessToken: "a", IdToken: "i", ExpiresIn: 3600 } }),
    );
    vi.stubGlobal("fetch", fetchMock);
    const results = await Promise.all(Array.from({ length: 10 }, () => refreshTokens("refresh-2", "u")));
    expect(results.every((r) => r.accessToken === "a")).toBe(true);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it.each([
    [{ __type: "NotAuthorizedException", message: "Refresh Token has been revoked" }, "session-expired"],
    [{ __type: "com.amazonaws.cognito#NotAuthorizedException", message: "Invalid Refresh Token" }, "session-expired"],
    [{ __type: "TooManyRequestsException", message: "Rate exceeded" }, "throttled"],
  ])("maps %j to %s", async (body, code) => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => json(body, 400, { "x-amzn-requestid": "r-1" })),
    );
    await expect(refreshTokens("refresh-3", "u")).rejects.toMatchObject({ name: "AuthError", code, requestId: "r-1" });
  });

  it("reports an unreachable Cognito as service-unavailable", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("fetch failed");
      }),
    );
    await expect(refreshTokens("refresh-4", "u")).rejects.toMatchObject({ code: "service-unavailable" });
  });
});

describe("refreshTokens for a client that rotates refresh tokens", () => {
  async function rotatingRefresh() {
    vi.resetModules();
    vi.stubEnv("AWS_COGNITO_REFRESH_TOKEN_ROTATION", "true");
    return (await import("./refresh")).refreshTokens;
  }

  afterEach(() => {
    vi.stubEnv("AWS_COGNITO_REFRESH_TOKEN_ROTATION", "false");
  });

  it("calls GetTokensFromRefreshToken with the client secret and keeps the new refresh token", async () => {
    const fetchMock = vi.fn(async () =>
      json({ AuthenticationResult: { AccessToken: "a", IdToken: "i", RefreshToken: "r-2", ExpiresIn: 3600 } }),
    );
    vi.stubGlobal("fetch", fetchMock);
    const refresh = await rotatingRefresh();
    await expect(refresh("refresh-5", "u")).resolves.toMatchObject({ accessToken: "a", refreshToken: "r-2" });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(new Headers(init.headers).get("x-amz-target")).toBe(
      "AWSCognitoIdentityProviderService.GetTokensFromRefreshToken",
    );
    expect(JSON.parse(String(init.body))).toEqual({
      ClientId: "client1",
      RefreshToken: "refresh-5",
      ClientSecret: "shh-secret",
    });
  });

  it("reports a replaced refresh token as refresh-token-reused", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        json({ __type: "RefreshTokenReuseException", message: "Refresh Token has been invalidated" }, 400),
      ),
    );
    const refresh = await rotatingRefresh();
    await expect(refresh("refresh-6", "u")).rejects.toMatchObject({ code: "refresh-token-reused" });
  });
});

describe("refreshTokens for a rotating client the app was not told about", () => {
  it("says in the problem log which setting is missing", async () => {
    const problems = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        json({ __type: "InvalidParameterException", message: "REFRESH_TOKEN_AUTH is not enabled" }, 400),
      ),
    );
    await expect(refreshTokens("refresh-7", "u")).rejects.toMatchObject({ code: "invalid-parameter" });
    expect(String(problems.mock.calls[0]?.[0])).toContain("AWS_COGNITO_REFRESH_TOKEN_ROTATION");
  });
});
