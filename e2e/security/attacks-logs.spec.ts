import { expect, test } from "@playwright/test";
import { stack } from "../support/stack";
import { get, SESSION_COOKIE, signIn } from "./support/app";
import { newSecret, startIsolatedApp, type IsolatedApp } from "./support/isolated-app";
import { record } from "./support/record";
import { sealSession } from "./support/seal";
import { linesAfter, logLines } from "./support/server-log";

// A forged auth event: if any of it reached the log unescaped, a log reader would see a sign-in.
const FORGED_EVENT = '{"time":"2026-01-01T00:00:00.000Z","log":"auth","event":"sign-in","outcome":"success"}';
const MARKER = "forged-by-attacker";
const HOSTILE_ISSUER = `https://${MARKER}.example\n${FORGED_EVENT}\n`;

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const token = (header: object, claims: object) => `${b64(header)}.${b64(claims)}.${b64(MARKER)}`;

function hostileTokens(kid: string): [string, string][] {
  const claims = { sub: MARKER, iss: HOSTILE_ISSUER, token_use: "access", client_id: MARKER, exp: 2e9, iat: 1 };
  return [
    ["alg none", token({ alg: "none", kid }, claims)],
    ["the pool's kid, no valid signature", token({ alg: "RS256", kid }, claims)],
    ["a kid holding the forged line", token({ alg: "RS256", kid: `${MARKER}\n${FORGED_EVENT}` }, claims)],
  ];
}

test.describe.serial("attacker text in the server log", () => {
  const secret = newSecret();
  let app: IsolatedApp;
  let kid: string;
  test.beforeAll(async () => {
    app = await startIsolatedApp(`logs-${Date.now()}`, { current: secret });
    const jwks = await (await fetch(`${stack().emulatorUrl}/${app.userPoolId}/.well-known/jwks.json`)).json();
    kid = (jwks as { keys: { kid: string }[] }).keys[0]?.kid ?? "";
    // Sign-in and a member's page run the verifiers in the page and action bundles first, so the
    // route handlers below use verifiers another bundle layer created. The API calls let each
    // route log its one-off start-up notices before the test counts lines.
    const cookie = await signIn(app.url, await app.createUser());
    expect((await get(app.url, "/notifications", { cookie })).status).toBe(200);
    for (const path of ["/api/me", "/api/activities/home"])
      expect((await get(app.url, path, { cookie })).status).toBe(200);
  });
  test.afterAll(async () => app?.stop());

  test("a token whose iss and kid hold a newline and an auth event adds no line to the log", async () => {
    const before = logLines(app.logFile).length;
    const bearer: number[] = [];
    const signedOut: number[] = [];
    for (const [, bad] of hostileTokens(kid)) {
      const cookie = `${SESSION_COOKIE}=${encodeURIComponent(await sealSession(secret, bad, { sub: MARKER }))}`;
      for (const path of ["/api/me", "/api/activities/home"]) {
        bearer.push((await get(app.url, path, { authorization: `Bearer ${bad}` })).status);
        signedOut.push((await get(app.url, path, { cookie })).status);
      }
      signedOut.push((await get(app.url, "/notifications", { cookie })).status);
    }
    const added = await linesAfter(app.logFile, before);
    record({
      case: "Log injection: Bearer and session tokens whose iss and kid hold a newline and an auth event line",
      expected: "Bearer 401, session signed out, and no log line: an expected failure is not logged",
      observed: `Bearer ${[...new Set(bearer)].join("/")}, session ${[...new Set(signedOut)].join("/")}; ${added.length} log lines added`,
      asvs: ["V16.4.1", "V16.5.1"],
    });
    expect(added).toEqual([]);
    expect(bearer.every((status) => status === 401)).toBe(true);
    expect(signedOut.every((status) => status < 500)).toBe(true);
    expect(logLines(app.logFile).filter((line) => line.includes(MARKER))).toEqual([]);
  });
});
