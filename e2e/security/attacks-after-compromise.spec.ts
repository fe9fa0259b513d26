import { test } from "@playwright/test";
import type { NextServer } from "../../tests/stack/next-server";
import { expect } from "../support/fixtures";
import { get, isSignedIn, signIn, submitActionForm, submitForm } from "./support/app";
import { startFaultProxy, type FaultProxy } from "./support/fault-proxy";
import { SHORT_ACCESS_TOKEN_SECONDS, startFaultApp, startFaultPool, type FaultPool } from "./support/fault-stack";
import { record } from "./support/record";

// What happens after a cookie or a token is stolen: the app signs in with the 5-second
// confidential client, through a proxy that counts (and can fail) every Cognito call.
test.describe.configure({ mode: "default" });

let pool: FaultPool;
let proxy: FaultProxy;
let app: NextServer;

test.beforeAll(async () => {
  pool = await startFaultPool({ shortTokens: true });
  proxy = await startFaultProxy(pool.url);
  app = await startFaultApp(pool, "compromise", proxy.url);
});
test.beforeEach(() => proxy.reset());
test.afterAll(async () => {
  await app?.stop();
  await proxy?.close();
  await pool?.stop();
});

const expire = () => new Promise((resolve) => setTimeout(resolve, (SHORT_ACCESS_TOKEN_SECONDS + 1) * 1000));
const refreshes = () => proxy.hits("InitiateAuth:REFRESH_TOKEN_AUTH");
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The Cookie header after a response: its Set-Cookie lines applied to `cookie`. */
function applied(cookie: string, response: Response): string {
  const jar = new Map(cookie.split("; ").map((pair) => [pair.slice(0, pair.indexOf("=")), pair]));
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(";")[0] ?? "";
    const name = pair.slice(0, pair.indexOf("="));
    if (/Max-Age=0/i.test(line) || pair.endsWith("=")) jar.delete(name);
    else jar.set(name, pair);
  }
  return [...jar.values()].join("; ");
}

/** A browser that keeps its cookies: one request to `/`, and the cookies it would hold after. */
async function visit(cookie: string): Promise<string> {
  return applied(cookie, await get(app.url, "/", { cookie }));
}

test("a stolen copy refreshed after the theft is signed out by the owner's sign-out, for good", async () => {
  const user = await pool.newUser("thief");
  const owner = await signIn(app.url, user);
  await expire();
  const thief = await visit(owner);
  expect(await isSignedIn(app.url, thief)).toBe(true);

  await submitActionForm(app.url, "/", "signOut", [], { cookie: owner });
  const rightAfter = await isSignedIn(app.url, thief);
  await expire();
  const later = await isSignedIn(app.url, await visit(thief));
  expect([rightAfter, later]).toEqual([false, false]);
  record({
    case: "Stolen cookie refreshed after the theft; the owner signs out",
    expected: "the thief's newer copy is refused at once and after its token's life",
    observed: `signed in right after: ${rightAfter}; one token lifetime later: ${later}`,
    asvs: ["V7.4.1"],
  });
});

test("an older copy of a cookie cannot refresh once its sign-in has moved on", async () => {
  const user = await pool.newUser("old-copy");
  const copy = await signIn(app.url, user);
  await expire();
  const owner = await visit(copy);
  expect(await isSignedIn(app.url, owner)).toBe(true);
  // Past the window in which replays of the old copy are handed the same refresh result.
  await new Promise((resolve) => setTimeout(resolve, 31_000));
  const before = refreshes();
  const copyAfter = await isSignedIn(app.url, await visit(copy));
  expect(copyAfter).toBe(false);
  expect(refreshes() - before).toBe(0);
  expect(await isSignedIn(app.url, await visit(owner))).toBe(true);
  record({
    case: "An older copy of the session cookie, replayed after the owner's browser refreshed",
    expected: "no refresh for the old copy; the owner stays signed in",
    observed: `old copy signed in: ${copyAfter}; Cognito refreshes for it: ${refreshes() - before}`,
    asvs: ["V7.4.1", "V7.2.1"],
  });
});

test("a failing GlobalSignOut is reported, and the other devices still end here", async () => {
  const user = await pool.newUser("global-fails");
  const phone = await signIn(app.url, user);
  const laptop = await signIn(app.url, user);
  proxy.set({ exceptions: { GlobalSignOut: "TooManyRequestsException" } });
  const answer = await submitActionForm(app.url, "/", "signOutEverywhere", [], { cookie: laptop });
  const location = answer.headers.get("location") ?? "";
  expect(location).toContain("notice=devices-not-signed-out");
  const notice = await (await get(app.url, location, { cookie: laptop })).text();
  expect(notice).toContain("We couldn&#x27;t sign out your other devices. Please try again.");
  expect(await isSignedIn(app.url, phone)).toBe(false);
  expect(await isSignedIn(app.url, laptop)).toBe(true);
  record({
    case: "Sign out of all devices while Cognito's GlobalSignOut fails",
    expected: "a failure message, the other devices signed out here anyway, this one kept to try again",
    observed: "“We couldn't sign out your other devices. Please try again.”; phone signed out; laptop signed in",
    asvs: ["V16.5.3", "V7.5.2"],
  });
});

test("sign out of all devices ends tokens issued in the same second", async () => {
  const user = await pool.newUser("same-second");
  const browser = await signIn(app.url, user);
  const { accessToken } = await pool.tokens(user);
  await submitActionForm(app.url, "/", "signOutEverywhere", [], { cookie: browser });
  const me = await get(app.url, "/api/me", bearer(accessToken));
  expect(me.status).toBe(401);
  record({
    case: "A Bearer token issued just before (same second) a sign-out of all devices",
    expected: "401: refused by its sign-in time, not its iat in whole seconds",
    observed: `${me.status}`,
    asvs: ["V7.4.1"],
  });
});

test("a password reset ends every earlier sign-in, here and at Cognito", async () => {
  const user = await pool.newUser("reset");
  const thief = await signIn(app.url, user);
  const { accessToken } = await pool.tokens(user);
  const globalSignOutsBefore = proxy.hits("GlobalSignOut");
  const step1 = await submitForm(app.url, "/forgot", [["email", user.email]]);
  const recovery = applied("", step1);
  const outbox = (await (
    await fetch(`${pool.url}/_emulator/outbox?email=${encodeURIComponent(user.email)}`)
  ).json()) as {
    kind: string;
    code: string;
  }[];
  const code = outbox.filter((message) => message.kind === "FORGOT_PASSWORD").at(-1)?.code ?? "";
  const newPassword = "Brand-New-Pass-77!";
  const reset = await submitForm(
    app.url,
    "/forgot",
    [
      ["code", code],
      ["password", newPassword],
      ["passwordAgain", newPassword],
    ],
    { headers: { cookie: recovery } },
  );
  expect(reset.status).toBe(303);
  const cookieAfter = await isSignedIn(app.url, thief);
  const bearerAfter = (await get(app.url, "/api/me", bearer(accessToken))).status;
  expect([cookieAfter, bearerAfter]).toEqual([false, 401]);
  const globalSignOuts = proxy.hits("GlobalSignOut") - globalSignOutsBefore;
  expect(globalSignOuts).toBe(1);
  record({
    case: "A thief's cookie and Bearer token after the owner resets the password",
    expected: "both refused at once; GlobalSignOut called at Cognito",
    observed: `cookie signed in: ${cookieAfter}; Bearer ${bearerAfter}; GlobalSignOut calls: ${globalSignOuts}`,
    asvs: ["V7.4.3"],
  });
});

test("100 replays of one stale cookie cost Cognito one refresh", async () => {
  const user = await pool.newUser("replays");
  const stale = await signIn(app.url, user);
  await expire();
  const before = refreshes();
  const answers = await Promise.all(Array.from({ length: 100 }, () => get(app.url, "/", { cookie: stale })));
  const calls = refreshes() - before;
  expect(answers.every((answer) => answer.status === 200)).toBe(true);
  expect(calls).toBe(1);
  record({
    case: "100 parallel replays of one expired cookie by a client that ignores Set-Cookie",
    expected: "one refresh at Cognito, the others handed its result",
    observed: `${calls} REFRESH_TOKEN_AUTH call for 100 requests`,
    asvs: ["V2.4.1"],
  });
});

test("100 /api/me calls with one Bearer token cost Cognito one GetUser", async () => {
  const user = await pool.newUser("getuser");
  const { accessToken } = await pool.tokens(user);
  const before = proxy.hits("GetUser");
  const answers = await Promise.all(Array.from({ length: 100 }, () => get(app.url, "/api/me", bearer(accessToken))));
  const calls = proxy.hits("GetUser") - before;
  expect(answers.every((answer) => answer.status === 200)).toBe(true);
  expect(calls).toBe(1);
  record({
    case: "100 parallel /api/me calls with one Bearer token",
    expected: "GetUser once per 30 s per token",
    observed: `${calls} GetUser call for 100 requests`,
    asvs: ["V2.4.1"],
  });
});

test("a flood of recovery requests for one email sends one code", async () => {
  const user = await pool.newUser("flood");
  await Promise.all(Array.from({ length: 12 }, () => submitForm(app.url, "/forgot", [["email", user.email]])));
  const outbox = (await (
    await fetch(`${pool.url}/_emulator/outbox?email=${encodeURIComponent(user.email)}`)
  ).json()) as {
    kind: string;
  }[];
  const sent = outbox.filter((message) => message.kind === "FORGOT_PASSWORD").length;
  expect(sent).toBe(1);
  record({
    case: "12 recovery requests for one email within a second",
    expected: "one email: a per-email cooldown, as resend has",
    observed: `${sent} email`,
    asvs: ["V2.4.1", "V6.3.1"],
  });
});
