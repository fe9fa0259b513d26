import { describe, expect } from "vitest";
import { itEmulator } from "./support/emulator-control";
import { setupFixture, type Fixture } from "./support/fixture";
import { rawRequest } from "./support/raw-http";

const fixture = setupFixture();

const hostOf = (f: Fixture) => new URL(f.target.endpoint).host;

const moveClock = (f: Fixture, headers: Record<string, string>) =>
  rawRequest(
    f.target.endpoint,
    "POST",
    "/_emulator/clock",
    { host: hostOf(f), ...headers },
    '{"advanceSeconds": 3600}',
  );

async function expectRefused(response: Promise<{ status: number; body: string }>, reason: RegExp) {
  const { status, body } = await response;
  expect(status).toBe(403);
  const error = JSON.parse(body) as { __type: string; message: string };
  expect(error.__type).toBe("ForbiddenException");
  expect(error.message).toMatch(reason);
}

async function clockOffsetSeconds(f: Fixture): Promise<number> {
  const { body } = await rawRequest(
    f.target.endpoint,
    "POST",
    "/_emulator/clock",
    { host: hostOf(f) },
    '{"advanceSeconds": 0}',
  );
  return (Date.parse((JSON.parse(body) as { now: string }).now) - Date.now()) / 1000;
}

const cognitoCall = (f: Fixture, operation: string, headers: Record<string, string>, input: object) =>
  rawRequest(
    f.target.endpoint,
    "POST",
    "/",
    {
      host: hostOf(f),
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": `AWSCognitoIdentityProviderService.${operation}`,
      ...headers,
    },
    JSON.stringify(input),
  );

// Issue 10: another web site must not be able to drive the emulator through the user's browser
// (a simple cross-origin POST, or DNS rebinding to a name that resolves to 127.0.0.1). Control
// endpoints and admin operations answer only loopback Host names, loopback Origins, and requests
// no other site sent.
describe("emulator control endpoints and admin operations", () => {
  itEmulator("refuse a Host that is not a loopback name, and leave the clock alone", async () => {
    const f = fixture();
    await expectRefused(moveClock(f, { host: "rebound.example:9229" }), /Host rebound\.example:9229/);
    expect(Math.abs(await clockOffsetSeconds(f))).toBeLessThan(60);
  });

  itEmulator("refuse an Origin that is not a loopback origin", async () => {
    const f = fixture();
    await expectRefused(moveClock(f, { origin: "https://evil.example" }), /Origin https:\/\/evil\.example/);
    await expectRefused(moveClock(f, { origin: "null" }), /Origin null/);
  });

  itEmulator("refuse a request another site sent (Sec-Fetch-Site: cross-site), even a GET by script", async () => {
    const f = fixture();
    await expectRefused(moveClock(f, { "sec-fetch-site": "cross-site", "content-type": "text/plain" }), /cross-site/);
    const read = rawRequest(f.target.endpoint, "GET", "/_emulator/outbox", {
      host: hostOf(f),
      "sec-fetch-site": "cross-site",
      "sec-fetch-mode": "no-cors",
    });
    await expectRefused(read, /cross-site/);
  });

  itEmulator("accept 127.0.0.1, localhost and [::1] with any port, and loopback origins", async () => {
    const f = fixture();
    for (const host of ["127.0.0.1", "localhost:1234", "[::1]:9229", "LOCALHOST"]) {
      expect((await moveClock(f, { host, origin: "http://localhost:3000" })).status).toBe(200);
    }
    expect((await moveClock(f, { origin: "https://127.0.0.1:8443", "sec-fetch-site": "same-site" })).status).toBe(200);
  });

  itEmulator("let a followed link show the outbox, though it comes from another site", async () => {
    const f = fixture();
    const headers = { host: hostOf(f), "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate" };
    expect((await rawRequest(f.target.endpoint, "GET", "/_emulator/outbox", headers)).status).toBe(200);
  });

  itEmulator("guard admin operations but not the operations an app calls, nor the JWKS", async () => {
    const f = fixture();
    const evil = { origin: "https://evil.example" };
    const admin = cognitoCall(f, "AdminGetUser", evil, { UserPoolId: f.poolId, Username: "x@example.com" });
    await expectRefused(admin, /Origin/);
    await expectRefused(cognitoCall(f, "CreateUserPool", { host: "rebound.example" }, { PoolName: "p" }), /Host/);
    const signIn = await cognitoCall(f, "InitiateAuth", evil, {
      ClientId: f.enabled.id,
      AuthFlow: "USER_PASSWORD_AUTH",
      AuthParameters: { USERNAME: "x@example.com", PASSWORD: "Wr0ng-password!" },
    });
    expect(signIn.status).toBe(400);
    const jwks = await rawRequest(f.target.endpoint, "GET", `/${f.poolId}/.well-known/jwks.json`, {
      host: "rebound.example",
      ...evil,
    });
    expect(jwks.status).toBe(200);
  });
});
