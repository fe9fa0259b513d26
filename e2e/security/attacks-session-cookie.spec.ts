import { sealData } from "iron-session";
import { expect, test } from "@playwright/test";
import { passwordId } from "../../lib/session/passwords";
import { createConfirmedUser, tokensFor, type TestUser } from "../support/emulator";
import { stack } from "../support/stack";
import { get, isSignedIn, SESSION_COOKIE, signIn, submitActionForm, submitForm } from "./support/app";
import { cookieValue } from "./support/forms";
import { newSecret, startIsolatedApp, type IsolatedApp } from "./support/isolated-app";
import { record } from "./support/record";
import { expectNoCrash, seen, summary } from "./support/responses";
import { resealSession, sealSession } from "./support/seal";
import { claimsOf } from "./support/tokens";

const OLD = newSecret(1);
const NEW = newSecret(2);

const parts = (seal: string) => seal.slice(0, -2).split("*");
const join = (fields: string[]) => `${fields.join("*")}~2`;
function flip(seal: string, index: number): string {
  const fields = parts(seal);
  const field = fields[index] ?? "";
  fields[index] = (field[0] === "A" ? "B" : "A") + field.slice(1);
  return join(fields);
}
function setPart(seal: string, index: number, value: string): string {
  const fields = parts(seal);
  fields[index] = value;
  return join(fields);
}

const MUTATIONS: [string, (seal: string) => string | Promise<string>][] = [
  ["flipped MAC character", (s) => flip(s, 7)],
  ["flipped ciphertext character", (s) => flip(s, 4)],
  ["wrong iron prefix (Fe26.1)", (s) => s.replace(/^Fe26\.2/, "Fe26.1")],
  ["non-numeric expiry", (s) => setPart(s, 5, "99999999999999x")],
  ["6 parts instead of 8", (s) => join(parts(s).slice(0, 6))],
  ["9 parts instead of 8", (s) => join([...parts(s), "extra"])],
  ["__proto__ as password id", (s) => setPart(s, 1, "__proto__")],
  ["chunk marker without the chunks", (s) => `3~${s}`],
  [
    "a seal made with another secret",
    async (s) => {
      const fields = parts(s);
      const secret = newSecret();
      return await sealData({ forged: true }, { password: { [fields[1] ?? "1"]: secret }, ttl: 3600 });
    },
  ],
  ["12 KB of garbage", () => "Fe26.2*".padEnd(12 * 1024, "A")],
];

test.describe.serial("session cookie attacks", () => {
  let app: IsolatedApp;
  let user: TestUser;
  let cookie: string;
  test.beforeAll(async () => {
    app = await startIsolatedApp(`session-${Date.now()}`, { current: NEW, previous: [OLD] });
    user = await app.createUser();
    cookie = await signIn(app.url, user);
  });
  test.afterAll(async () => app?.stop());

  const withSession = (value: string) => `${SESSION_COOKIE}=${encodeURIComponent(value)}`;
  const protectedPage = async (cookieHeader: string) => {
    const response = await get(app.url, "/notifications", { cookie: cookieHeader });
    const cleared = response.headers.getSetCookie().some((line) => line.startsWith(`${SESSION_COOKIE}=;`));
    return { ...(await seen(response)), cleared };
  };

  test("the untouched cookie is signed in (control)", async () => {
    expect((await protectedPage(cookie)).status).toBe(200);
    expect(await isSignedIn(app.url, cookie)).toBe(true);
  });

  for (const [name, mutate] of MUTATIONS) {
    test(`a cookie with ${name} means signed out`, async () => {
      const seal = cookieValue(cookie, SESSION_COOKIE) ?? "";
      const response = await protectedPage(withSession(await mutate(seal)));
      record({
        case: `Session cookie: ${name}`,
        expected: "signed out: 307 to /signin, cookie cleared",
        observed: `${summary(response)}${response.cleared ? ", cookie cleared" : ""}`,
        asvs: ["V7.2.1", "V16.5.3"],
      });
      expectNoCrash(response, name);
      expect(response.status).toBe(307);
      expect(response.location).toBe("/signin?next=%2Fnotifications");
      expect(response.cleared).toBe(true);
    });
  }

  test("an expired seal means signed out", async () => {
    const { accessToken } = await tokensFor(user, { clientId: app.clientId });
    const seal = await sealSession(NEW, accessToken, claimsOf(accessToken), 1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const response = await protectedPage(withSession(seal));
    record({
      case: "Session cookie: expired seal (valid MAC, valid token inside)",
      expected: "signed out: 307 to /signin",
      observed: summary(response),
      asvs: ["V7.4.1"],
    });
    expectNoCrash(response, "expired");
    expect(response.status).toBe(307);
  });

  test("rotation: a seal made with the previous secret is still read, new seals use the new secret", async () => {
    const oldSeal = await resealSession(cookieValue(cookie, SESSION_COOKIE) ?? "", NEW, OLD);
    const oldRead = await isSignedIn(app.url, withSession(oldSeal));
    const newId = parts(cookieValue(cookie, SESSION_COOKIE) ?? "")[1];
    const usesNew = newId === passwordId(NEW);
    record({
      case: "Session cookie: secret rotation (SESSION_SECRET_PREVIOUS)",
      expected: "old-secret seal signed in; new seals carry the new secret's id",
      observed: `old seal ${oldRead ? "signed in" : "signed out"}; new seal ${usesNew ? "uses the new secret" : `uses id ${newId}`}`,
      asvs: ["V7.2.1"],
    });
    expect(oldRead).toBe(true);
    expect(usesNew).toBe(true);
  });

  test("the seal names its key by SESSION_SECRET's rotation counter, nothing derived from the secret", async () => {
    const id = parts(cookieValue(cookie, SESSION_COOKIE) ?? "")[1];
    record({
      case: "Session cookie: key id written in every seal",
      expected: "2, the rotation counter of SESSION_SECRET=2.<secret>",
      observed: id === "2" ? "2" : `an id derived from the secret (${id?.length} digits)`,
      asvs: ["V11.5.1", "V13.3.4"],
    });
    expect(id).toBe("2");
  });

  test("a second app on the same host with the same cookie name cannot sign anyone in here", async () => {
    const foreign = await signIn(stack().main.url, await createConfirmedUser());
    const response = await protectedPage(foreign);
    record({
      case: "Session cookie: another app's cookie (same host, same name, other secret)",
      expected: "signed out: 307 to /signin, cookie cleared",
      observed: `${summary(response)}${response.cleared ? ", cookie cleared" : ""}`,
      asvs: ["V3.5.4", "V7.2.1"],
    });
    expectNoCrash(response, "foreign app cookie");
    expect(response.status).toBe(307);
  });

  test("an oversized Cookie header is refused without a crash", async () => {
    const response = await seen(
      await get(app.url, "/notifications", { cookie: withSession("A".repeat(20 * 1024)) }).catch(
        () => new Response(null, { status: 431 }),
      ),
    );
    record({
      case: "Session cookie: 20 KB value",
      expected: "4xx from the HTTP layer, no 500",
      observed: String(response.status),
      asvs: ["V3.3.5", "V16.5.1"],
    });
    expectNoCrash(response, "oversized");
    expect(response.status).toBeGreaterThanOrEqual(400);
  });

  test("the session cookie is __Host-, Secure, HttpOnly and SameSite=Lax", async () => {
    const response = await signInResponse(app.url, user);
    const line = response.headers.getSetCookie().find((entry) => entry.startsWith(`${SESSION_COOKIE}=`)) ?? "";
    const flags = ["Secure", "HttpOnly", "SameSite=lax", "Path=/"].filter((flag) =>
      line.toLowerCase().includes(flag.toLowerCase()),
    );
    record({
      case: "Session cookie attributes",
      expected: "__Host- prefix, Secure, HttpOnly, SameSite=lax, Path=/",
      observed: `${line.split("=")[0]}; ${flags.join(", ")}`,
      asvs: ["V3.3.1", "V3.3.4"],
    });
    expect(flags).toHaveLength(4);
  });

  test("replaying the cookie after sign-out gets nothing", async () => {
    const replayed = await signIn(app.url, user);
    const signOut = await submitActionForm(app.url, "/", "signOut", [], { cookie: replayed });
    const page = await protectedPage(replayed);
    const api = await seen(await get(app.url, "/api/me", { cookie: replayed }));
    const home = await isSignedIn(app.url, replayed);
    record({
      case: "Session cookie: replay after sign-out",
      expected: "protected page → /signin, API 401 invalid_token, home signed out",
      observed: `sign-out ${signOut.status}; page ${summary(page)}; API ${summary(api)}; home ${home ? "signed in" : "signed out"}`,
      asvs: ["V7.4.1"],
    });
    expect(signOut.status).toBe(303);
    expect(page.status).toBe(307);
    expect(page.location).toMatch(/^\/signin/);
    expect(api.status).toBe(401);
    expect(home).toBe(false);
  });
});

function signInResponse(baseUrl: string, user: TestUser): Promise<Response> {
  return submitForm(baseUrl, "/signin", [
    ["email", user.email],
    ["password", user.password],
  ]);
}
