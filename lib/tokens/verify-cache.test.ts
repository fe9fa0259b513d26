import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { access, jwksOf, jwksServer, jwt, mainKey, now, otherKey, stubPoolEnv } from "./__fixtures__/pool";

stubPoolEnv();
const { verifyAccessToken } = await import("./verify");

const { served, fetch } = jwksServer(jwksOf({ kid: "main", publicKey: mainKey.publicKey }));
beforeAll(() => vi.stubGlobal("fetch", fetch));
afterEach(() => vi.useRealTimers());

describe("cached verdicts", () => {
  it("end at the token's exp", async () => {
    const token = jwt(access({ exp: now() + 5 }));
    await expect(verifyAccessToken(token)).resolves.not.toBeNull();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 10_000);
    await expect(verifyAccessToken(token)).resolves.toBeNull();
  });

  it("end when their key leaves the published keys", async () => {
    const token = jwt(access({ jti: "rotated-away" }));
    await expect(verifyAccessToken(token)).resolves.not.toBeNull();
    served.jwks = jwksOf({ kid: "next", publicKey: otherKey.publicKey });
    await expect(
      verifyAccessToken(jwt(access(), { alg: "RS256", kid: "next" }, otherKey.privateKey)),
    ).resolves.not.toBeNull();
    await expect(verifyAccessToken(token)).resolves.toBeNull();
  });
});
