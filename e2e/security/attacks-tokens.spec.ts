import { connect } from "node:net";
import { GlobalSignOutCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect, test } from "@playwright/test";
import { createConfirmedUser, tokensFor, withAdmin } from "../support/emulator";
import { stack } from "../support/stack";
import { get, SESSION_COOKIE, signIn, submitActionForm } from "./support/app";
import { newSecret, startIsolatedApp, type IsolatedApp } from "./support/isolated-app";
import { record } from "./support/record";
import { expectNoCrash, seen, summary, type Seen } from "./support/responses";
import { cookieValue } from "./support/forms";
import { accessTokenIn, sealSession } from "./support/seal";
import { BAD_ACCESS_TOKENS, type TokenKit } from "./support/token-cases";
import { claimsOf, signedByPool } from "./support/tokens";

const api = (headers: Record<string, string> = {}) => get(stack().main.url, "/api/me", headers).then(seen);
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function expectInvalidToken(response: Seen, label: string) {
  expectNoCrash(response, label);
  expect(response.status, label).toBe(401);
  expect(JSON.parse(response.body), label).toMatchObject({ error: "invalid_token" });
}

async function kitFor(user = createConfirmedUser()): Promise<TokenKit> {
  const tokens = await tokensFor(await user);
  return {
    userPoolId: stack().userPoolId,
    access: tokens.accessToken,
    id: tokens.idToken,
    refresh: tokens.refreshToken,
  };
}

test.describe("bad tokens at the API (Bearer)", () => {
  let kit: TokenKit;
  test.beforeAll(async () => {
    kit = await kitFor();
  });

  test("the real access token is accepted (control)", async () => {
    const response = await api(bearer(kit.access));
    expect(response.status).toBe(200);
  });

  for (const attack of BAD_ACCESS_TOKENS) {
    test(`API refuses ${attack.name}`, async () => {
      const response = await api(bearer(await attack.make(kit)));
      record({
        case: `Bearer: ${attack.name}`,
        expected: "401 invalid_token",
        observed: summary(response),
        asvs: attack.asvs,
      });
      expectInvalidToken(response, attack.name);
    });
  }

  test("API refuses another app client's real access token", async () => {
    const user = await createConfirmedUser();
    const response = await api(bearer((await tokensFor(user, stack().confidential)).accessToken));
    record({
      case: "Bearer: another client's real access token",
      expected: "401 invalid_token",
      observed: summary(response),
      asvs: ["V9.2.3"],
    });
    expectInvalidToken(response, "other client");
  });

  test("API answers malformed Authorization headers with 401 invalid_token", async () => {
    const headers: Record<string, Record<string, string>> = {
      "Basic credentials instead of Bearer": {
        authorization: `Basic ${Buffer.from("andrew:secret").toString("base64")}`,
      },
      "an empty Bearer value": { authorization: "Bearer " },
      "two Bearer tokens folded into one header": { authorization: `Bearer ${kit.access}, Bearer junk` },
    };
    for (const [label, header] of Object.entries(headers)) {
      const response = await api(header);
      record({
        case: `Authorization: ${label}`,
        expected: "401 invalid_token",
        observed: summary(response),
        asvs: ["V9.1.1"],
      });
      expectInvalidToken(response, label);
    }
  });

  test("API without any token asks for one (401 with a bare Bearer challenge)", async () => {
    const response = await get(stack().main.url, "/api/me");
    const body = await seen(response);
    const challenge = response.headers.get("www-authenticate");
    record({
      case: "Bearer: no token",
      expected: "401 unauthorized, WWW-Authenticate: Bearer",
      observed: `${summary(body)}, WWW-Authenticate: ${challenge}`,
      asvs: ["V8.2.1"],
    });
    expectNoCrash(body, "no token");
    expect(response.status).toBe(401);
    expect(challenge).toBe("Bearer");
  });

  test("two raw Authorization fields: Node keeps the first, so nothing can be smuggled after it", async () => {
    const raw = (values: string[]) =>
      rawGet(
        "/api/me",
        values.map((value) => `Authorization: ${value}`),
      );
    const junkFirst = await raw(["Bearer junk", `Bearer ${kit.access}`]);
    const validFirst = await raw([`Bearer ${kit.access}`, "Bearer junk"]);
    record({
      case: "Authorization: two separate header fields",
      expected: "the first field alone decides (Node.js drops repeats): junk first → 401",
      observed: `junk first → ${junkFirst}; valid first → ${validFirst}`,
      asvs: ["V9.1.1"],
    });
    expect(junkFirst).toBe("401");
    expect(validFirst).toBe("200");
  });

  test("a validly signed 100 KB token never reaches the verifier", async () => {
    const token = await signedByPool("access", { ...claimsOf(kit.access), pad: "x".repeat(100 * 1024) });
    const status = await rawGet("/api/me", [`Authorization: Bearer ${token}`]);
    record({
      case: "Bearer: validly signed 100 KB token",
      expected: "refused by the HTTP layer before any parsing (431 or reset)",
      observed: ["431", "connection reset"].includes(status) ? "431 / reset by Node.js" : status,
      asvs: ["V9.1.1", "V16.5.1"],
    });
    expect(["431", "connection reset"]).toContain(status);
  });

  test("a token revoked at Cognito before the app saw it is refused", async () => {
    const own = await kitFor();
    await globalSignOut(own.access);
    const response = await api(bearer(own.access));
    record({
      case: "Bearer: access token after GlobalSignOut at Cognito",
      expected: "401 invalid_token (GetUser at Cognito refuses it)",
      observed: summary(response),
      asvs: ["V7.4.1"],
    });
    expectInvalidToken(response, "revoked");
  });

  test("sign out of all devices revokes the member's Bearer tokens too", async () => {
    const user = await createConfirmedUser();
    const own = await kitFor(Promise.resolve(user));
    expect((await api(bearer(own.access))).status).toBe(200);
    const cookie = await signIn(stack().main.url, user);
    await submitActionForm(stack().main.url, "/", "signOutEverywhere", [], { cookie });
    const response = await api(bearer(own.access));
    record({
      case: 'Bearer: access token after the app\'s "Sign out of all devices"',
      expected: "401 invalid_token (app revocation list)",
      observed: summary(response),
      asvs: ["V7.4.1"],
    });
    expectInvalidToken(response, "after sign-out everywhere");
  });

  test("a token revoked at Cognito after the API has seen it is refused once its profile is asked again", async () => {
    const own = await kitFor();
    expect((await api(bearer(own.access))).status).toBe(200);
    await globalSignOut(own.access);
    // /api/me keeps a Bearer caller's profile 30 s (docs/sessions.md): one GetUser per token per period.
    await new Promise((resolve) => setTimeout(resolve, 31_000));
    const response = await api(bearer(own.access));
    record({
      case: "Bearer: token used once, then GlobalSignOut at Cognito, then the profile cache's 30 s",
      expected: "401 invalid_token",
      observed: summary(response),
      asvs: ["V7.4.1"],
    });
    expectInvalidToken(response, "revoked after use");
  });

  test("__proto__ keys in a validly signed token pollute nothing", async () => {
    const token = await signedByPool("access", {
      ...claimsOf(kit.access),
      ...(JSON.parse('{"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}}}') as object),
    });
    const response = await api(bearer(token));
    const anonymous = await api();
    record({
      case: "Bearer: __proto__ / constructor claims (validly signed)",
      expected: "treated as plain data: same 200 body, nothing polluted",
      observed: `${response.status}, then anonymous ${anonymous.status}`,
      asvs: ["V2.2.1"],
    });
    expectNoCrash(response, "__proto__");
    expect(response.status).toBe(200);
    expect(Object.keys(JSON.parse(response.body) as object).sort()).toEqual([
      "email",
      "handle",
      "name",
      "sub",
      "username",
    ]);
    expect(anonymous.status).toBe(401);
  });
});

async function globalSignOut(accessToken: string): Promise<void> {
  await withAdmin((cognito) => cognito.send(new GlobalSignOutCommand({ AccessToken: accessToken })));
}

function rawGet(path: string, headerLines: string[]): Promise<string> {
  const url = new URL(stack().main.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => {
      socket.write(
        [`GET ${path} HTTP/1.1`, `Host: ${url.host}`, ...headerLines, "Connection: close", "", ""].join("\r\n"),
      );
    });
    let answer = "";
    socket.on("data", (chunk: Buffer) => (answer += chunk.toString()));
    const status = () => /^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1];
    socket.on("end", () => resolve(status() ?? "no answer"));
    // Node may answer 431 and reset the connection while a huge header is still being written.
    socket.on("error", (error: NodeJS.ErrnoException) =>
      error.code === "ECONNRESET" ? resolve(status() ?? "connection reset") : reject(error),
    );
  });
}

test.describe.serial("bad tokens inside a session cookie (middleware and DAL)", () => {
  let app: IsolatedApp;
  let kit: TokenKit;
  const secret = newSecret();
  test.beforeAll(async () => {
    app = await startIsolatedApp(`tokens-${Date.now()}`, { current: secret });
    const user = await app.createUser();
    const tokens = await tokensFor(user, { clientId: app.clientId });
    // The access token of a sign-in through the app, which its registry holds: the control is signed in.
    const cookie = await signIn(app.url, user);
    const access = await accessTokenIn(cookieValue(cookie, SESSION_COOKIE) ?? "", secret);
    kit = { userPoolId: app.userPoolId, access, id: tokens.idToken, refresh: tokens.refreshToken };
  });
  test.afterAll(async () => app?.stop());

  const visit = async (accessToken: string) => {
    const cookie = `${SESSION_COOKIE}=${encodeURIComponent(await sealSession(secret, accessToken, claimsOf(kit.access)))}`;
    const response = await get(app.url, "/notifications", { cookie });
    const cleared = response.headers.getSetCookie().some((line) => line.startsWith(`${SESSION_COOKIE}=;`));
    return { ...(await seen(response)), cleared };
  };

  test("a seal around the real access token is signed in (control)", async () => {
    expect((await visit(kit.access)).status).toBe(200);
  });

  for (const attack of BAD_ACCESS_TOKENS) {
    test(`middleware signs out a session holding ${attack.name}`, async () => {
      const response = await visit(await attack.make(kit));
      record({
        case: `Session cookie holding: ${attack.name}`,
        expected: "signed out: 307 to /signin, cookie cleared",
        observed: `${summary(response)}${response.cleared ? ", cookie cleared" : ""}`,
        asvs: [...attack.asvs, "V7.2.1"],
      });
      expectNoCrash(response, attack.name);
      expect(response.status, attack.name).toBe(307);
      expect(response.location, attack.name).toBe("/signin?next=%2Fnotifications");
      expect(response.cleared, `${attack.name}: session cookie cleared`).toBe(true);
    });
  }

  test("a real token of another pool is refused by this app", async () => {
    const user = await createConfirmedUser();
    const response = await visit((await tokensFor(user)).accessToken);
    record({
      case: "Session cookie holding another pool's real access token",
      expected: "signed out: 307 to /signin",
      observed: summary(response),
      asvs: ["V9.2.3"],
    });
    expect(response.status).toBe(307);
  });

  test("a flood of unknown kids costs at most one JWKS fetch per 10 s, and known keys keep verifying", async () => {
    await fetch(`${stack().emulatorUrl}/_emulator/stats`, { method: "DELETE" });
    const tokens = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        signedByPool("access", claimsOf(kit.access), { header: { kid: `flood-${i}` }, userPoolId: kit.userPoolId }),
      ),
    );
    const statuses = await Promise.all(tokens.map(async (token) => (await visit(token)).status));
    const control = await visit(kit.access);
    const stats = (await (await fetch(`${stack().emulatorUrl}/_emulator/stats`)).json()) as {
      jwksFetchesByPool: Record<string, number>;
    };
    const fetches = stats.jwksFetchesByPool[kit.userPoolId] ?? 0;
    record({
      case: "Flood: 40 tokens with unknown kids",
      expected: "all signed out; ≤ 1 JWKS fetch; the real token still verifies",
      observed: `all ${[...new Set(statuses)].join("/")}; ${fetches <= 1 ? "≤ 1" : fetches} JWKS fetch; real token ${control.status}`,
      asvs: ["V9.1.3", "V16.5.3"],
    });
    expect(new Set(statuses)).toEqual(new Set([307]));
    expect(control.status).toBe(200);
    expect(fetches).toBeLessThanOrEqual(1);
  });
});
