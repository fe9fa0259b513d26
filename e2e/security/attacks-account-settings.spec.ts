import { expect, test } from "@playwright/test";
import { latestCode } from "../support/account-flows";
import { createConfirmedUser, newTestUser, outbox, tokensFor, type TestUser } from "../support/emulator";
import { stack } from "../support/stack";
import { get, SESSION_COOKIE, signIn, submitForm } from "./support/app";
import { actionId, boundActionFields, plainActionFields } from "./support/actions";
import { cookieHeaderFrom, cookieValue, hiddenFieldsOfForms } from "./support/forms";
import { newSecret, startIsolatedApp, type IsolatedApp } from "./support/isolated-app";
import { rawMultipart } from "./support/multipart";
import { messagesOn } from "./support/page-text";
import { record } from "./support/record";
import { expectNoCrash, seen, summary, type Seen } from "./support/responses";
import { withConfirmedAt } from "./support/seal";
import { SERVER_ACTIONS } from "./support/server-actions";

const base = () => stack().main.url;
const MINUTE = 60_000;

/** `update`'s cookies replace those of the same name in `cookie`. */
function mergeCookies(cookie: string, update: string): string {
  const jar = new Map(cookie.split("; ").map((pair) => [pair.slice(0, pair.indexOf("=")), pair] as const));
  for (const pair of update.split("; ").filter(Boolean)) jar.set(pair.slice(0, pair.indexOf("=")), pair);
  return [...jar.values()].join("; ");
}

async function confirmItsYou(baseUrl: string, cookie: string, password: string): Promise<string> {
  const response = await submitForm(baseUrl, "/settings/confirm?then=%2Fsettings", [["password", password]], {
    form: "confirmItsYou",
    headers: { cookie },
  });
  expect(response.headers.get("location")).toMatch(/\/settings$/);
  return mergeCookies(cookie, cookieHeaderFrom(response));
}

/** The action's envelope as its page renders it for this cookie (so the answer shows the form's state), else a bare one. */
async function envelopeOf(baseUrl: string, route: string, id: string, cookie?: string): Promise<[string, string][]> {
  const html = await (await get(baseUrl, route, cookie ? { cookie } : {})).text();
  const form = hiddenFieldsOfForms(html).find((fields) =>
    fields.some(([name, value]) => name.includes(id) || (typeof value === "string" && value.includes(id))),
  );
  const hidden = form?.filter(
    (field): field is [string, string] => typeof field[1] === "string" && field[0].startsWith("$ACTION"),
  );
  return hidden?.length ? hidden : boundActionFields(id);
}

/** A no-JavaScript post of a settings action, as any client can send it. */
async function post(
  name: string,
  fields: [string, string][],
  options: { cookie?: string; headers?: Record<string, string>; baseUrl?: string } = {},
): Promise<Seen> {
  const baseUrl = options.baseUrl ?? base();
  const route = SERVER_ACTIONS.find((action) => action.name === name)?.route ?? "/settings";
  const envelope = await envelopeOf(baseUrl, route, actionId(name), options.cookie);
  const { body, contentType } = rawMultipart([...envelope, ...fields]);
  const response = await fetch(new URL(route, baseUrl), {
    method: "POST",
    body: new Uint8Array(body),
    headers: {
      "content-type": contentType,
      origin: new URL(baseUrl).origin,
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    redirect: "manual",
  });
  return seen(response);
}

const exists = (user: TestUser) =>
  tokensFor(user).then(
    () => true,
    () => false,
  );
const codesTo = async (email: string) => (await outbox(email)).filter((mail) => mail.kind === "VERIFY_EMAIL").length;

test.describe("settings actions without a session", () => {
  const cases: [string, [string, string][]][] = [
    ["deleteAccountAction", [["email", "x@cruddur.test"]]],
    ["requestEmailChangeAction", [["email", "x@cruddur.test"]]],
    ["verifyEmailChangeAction", [["code", "123456"]]],
    ["resendEmailCodeAction", []],
  ];
  for (const [name, fields] of cases) {
    test(`${name} sends the caller to sign in and changes nothing`, async () => {
      const target = await createConfirmedUser();
      const typed = fields.map(([field, value]): [string, string] => [field, field === "email" ? target.email : value]);
      const response = await post(name, typed);
      record({
        case: `Settings: ${name} without a session`,
        expected: "a redirect to /signin; the account unchanged",
        observed: summary(response),
        asvs: ["V8.2.1"],
      });
      expectNoCrash(response, name);
      expect([303, 307]).toContain(response.status);
      expect(response.location).toMatch(/^\/signin\?next=%2Fsettings/);
      expect(await exists(target)).toBe(true);
    });
  }
});

test.describe("settings actions with another user's session", () => {
  let victim: TestUser;
  let attacker: TestUser;
  let attackerCookie: string;
  test.beforeEach(async () => {
    [victim, attacker] = await Promise.all([createConfirmedUser(), createConfirmedUser()]);
    attackerCookie = await confirmItsYou(base(), await signIn(base(), attacker), attacker.password);
  });

  test("typing the victim's email into delete deletes nobody", async () => {
    const response = await post("deleteAccountAction", [["email", victim.email]], { cookie: attackerCookie });
    record({
      case: "Delete account: another user's email typed with one's own session",
      expected: "the form says it is not your email; both accounts remain",
      observed: `${summary(response)}; ${messagesOn(response.body).join(" | ")}`,
      asvs: ["V8.2.2"],
    });
    expect(response.status).toBe(200);
    expect(messagesOn(response.body)).toContain("That is not your account's email address.");
    expect([await exists(victim), await exists(attacker)]).toEqual([true, true]);
  });

  test("the victim's pending code does not switch the victim's address from the attacker's session", async () => {
    const victimCookie = await confirmItsYou(base(), await signIn(base(), victim), victim.password);
    const stolen = newTestUser("stolen").email;
    const requested = await post("requestEmailChangeAction", [["email", stolen]], { cookie: victimCookie });
    expect(requested.status).toBe(303);
    const code = await latestCode(stolen, "VERIFY_EMAIL");
    const response = await post("verifyEmailChangeAction", [["code", code]], { cookie: attackerCookie });
    const mine = await post("verifyEmailChangeAction", [["code", code]], { cookie: victimCookie });
    record({
      case: "Change email: the victim's code posted with another user's session",
      expected: "nothing switches; the code still works for the victim alone",
      observed: `attacker: ${summary(response)}; victim afterwards: ${summary(mine)}`,
      asvs: ["V8.2.2"],
    });
    expect(response.location ?? "").not.toContain("email-changed");
    expect(await exists(attacker)).toBe(true);
    expect(mine.location).toBe("/settings?notice=email-changed");
  });
});

test.describe("cross-site posts of settings actions", () => {
  for (const [label, headers] of [
    ["Origin https://evil.example", { origin: "https://evil.example" }],
    ["no Origin, Sec-Fetch-Site: cross-site", { origin: "", "sec-fetch-site": "cross-site" }],
  ] as const) {
    test(`delete with a confirmed session is refused: ${label}`, async () => {
      const user = await createConfirmedUser();
      const cookie = await confirmItsYou(base(), await signIn(base(), user), user.password);
      const response = await post("deleteAccountAction", [["email", user.email]], {
        cookie,
        headers: Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== "")),
      });
      record({
        case: `Delete account cross-site (${label})`,
        expected: "403; the account remains",
        observed: summary(response),
        asvs: ["V3.5.1"],
      });
      expect(response.status).toBe(403);
      expect(await exists(user)).toBe(true);
    });
  }
});

test.describe("the confirm-it's-you window", () => {
  test("a session that never confirmed is sent to confirm, for delete and for a new email", async () => {
    const user = await createConfirmedUser();
    const cookie = await signIn(base(), user);
    const deleted = await post("deleteAccountAction", [["email", user.email]], { cookie });
    const address = newTestUser("unconfirmed").email;
    const changed = await post("requestEmailChangeAction", [["email", address]], { cookie });
    record({
      case: "Delete account / change email without confirming it's you",
      expected: "303 to /settings/confirm returning to the action's page; nothing changed",
      observed: `${summary(deleted)}; ${summary(changed)}`,
      asvs: ["V7.5.1", "V7.5.3"],
    });
    expect(deleted.location).toBe("/settings/confirm?then=%2Fsettings%2Fdelete");
    expect(changed.location).toBe("/settings/confirm?then=%2Fsettings%2Femail");
    expect(await exists(user)).toBe(true);
    expect(await codesTo(address)).toBe(0);
  });

  test("a copy of the cookie from before the confirmation, replayed, still has to confirm", async () => {
    const user = await createConfirmedUser();
    const before = await signIn(base(), user);
    await confirmItsYou(base(), before, user.password);
    const response = await post("deleteAccountAction", [["email", user.email]], { cookie: before });
    record({
      case: "Delete account with the pre-confirmation copy of the session cookie",
      expected: "303 to /settings/confirm; the account remains",
      observed: summary(response),
      asvs: ["V7.5.3"],
    });
    expect(response.location).toBe("/settings/confirm?then=%2Fsettings%2Fdelete");
    expect(await exists(user)).toBe(true);
  });

  test("a confirmed cookie replayed after signing out is signed out", async () => {
    const user = await createConfirmedUser();
    const confirmed = await confirmItsYou(base(), await signIn(base(), user), user.password);
    const { body, contentType } = rawMultipart(plainActionFields(actionId("signOut")));
    await fetch(new URL("/", base()), {
      method: "POST",
      body: new Uint8Array(body),
      headers: { "content-type": contentType, origin: base(), cookie: confirmed },
      redirect: "manual",
    });
    const response = await post("deleteAccountAction", [["email", user.email]], { cookie: confirmed });
    record({
      case: "Delete account with a confirmed cookie replayed after sign-out",
      expected: "303 to /signin; the account remains",
      observed: summary(response),
      asvs: ["V7.4.1"],
    });
    expect(response.location).toMatch(/^\/signin/);
    expect(await exists(user)).toBe(true);
  });

  test.describe("sealed times", () => {
    const secret = newSecret();
    let app: IsolatedApp;
    test.beforeAll(async () => {
      app = await startIsolatedApp(`step-up-${Date.now()}`, { current: secret });
    });
    test.afterAll(async () => app?.stop());

    async function attempt(confirmedAt: number, sealWith = secret) {
      const user = await app.createUser();
      const cookie = await signIn(app.url, user);
      const seal = await withConfirmedAt(cookieValue(cookie, SESSION_COOKIE) ?? "", secret, confirmedAt, sealWith);
      const crafted = mergeCookies(cookie, `${SESSION_COOKIE}=${encodeURIComponent(seal)}`);
      const response = await post("deleteAccountAction", [["email", "not-mine@cruddur.test"]], {
        cookie: crafted,
        baseUrl: app.url,
      });
      return { response, stillThere: await signIn(app.url, user).then(() => true) };
    }

    test("a confirmation six minutes old has expired", async () => {
      const { response, stillThere } = await attempt(Date.now() - 6 * MINUTE);
      record({
        case: "Delete account with a confirmation older than five minutes",
        expected: "303 to /settings/confirm",
        observed: summary(response),
        asvs: ["V7.5.3"],
      });
      expect(response.location).toBe("/settings/confirm?then=%2Fsettings%2Fdelete");
      expect(stillThere).toBe(true);
    });

    test("a fresh confirmation time sealed with another secret is no session at all", async () => {
      const { response } = await attempt(Date.now(), newSecret());
      record({
        case: "Delete account with a forged confirmation time (sealed with another secret)",
        expected: "303 to /signin",
        observed: summary(response),
        asvs: ["V7.5.3", "V7.2.1"],
      });
      expect(response.location).toMatch(/^\/signin/);
    });

    test("control: the same fresh time sealed with the app's secret reaches the typed-email check", async () => {
      const { response, stillThere } = await attempt(Date.now());
      expect(response.status).toBe(200);
      expect(messagesOn(response.body)).toContain("That is not your account's email address.");
      expect(stillThere).toBe(true);
    });
  });
});

test.describe("deleting without typing the right email", () => {
  for (const [label, typed] of [
    ["nothing", ""],
    ["another address", "someone@cruddur.test"],
    ["the address with something added", "EMAIL x"],
  ] as const) {
    test(`${label}: the account remains and the session stays`, async () => {
      const user = await createConfirmedUser();
      const cookie = await confirmItsYou(base(), await signIn(base(), user), user.password);
      const response = await post("deleteAccountAction", [["email", typed.replace("EMAIL", user.email)]], {
        cookie,
      });
      record({
        case: `Delete account typing ${label}`,
        expected: "200 with a message at the field; the account remains",
        observed: `${summary(response)}; ${messagesOn(response.body).join(" | ")}`,
        asvs: ["V2.2.1"],
      });
      expect(response.status).toBe(200);
      expect(messagesOn(response.body).join(" ")).toMatch(
        /Type your email address to confirm\.|That is not your account's email address\./,
      );
      expect(await exists(user)).toBe(true);
    });
  }
});
