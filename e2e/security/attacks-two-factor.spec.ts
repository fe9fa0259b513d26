import { AdminGetUserCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect, test } from "@playwright/test";
import { Authenticator, TWO_FACTOR_TIMEOUT, userWithAuthenticator } from "../support/authenticator";
import { createConfirmedUser, withAdmin, type TestUser } from "../support/emulator";
import { stack } from "../support/stack";
import { get, signIn, submitForm, submitFormOf } from "./support/app";
import { actionId, boundActionFields, plainActionFields } from "./support/actions";
import { formDataOf, type Fields } from "./support/forms";
import { record } from "./support/record";
import { expectNoCrash, seen, summary } from "./support/responses";

const base = () => stack().main.url;
const SETUP_COOKIE = "__Host-cruddur-totp-setup";
const TURN_OFF = "/settings/confirm?then=%2Fsettings%2Ftwo-factor%2Foff";
const TURN_OFF_ACTION = "turnOffTotpAction";
const START = { form: "startTotpSetupAction" };
const FINISH = { form: "verifyTotpSetupAction" };

/** The Cookie header after a response: its Set-Cookie lines applied to `cookie`. */
function applied(cookie: string, response: Response): string {
  const jar = new Map(cookie ? cookie.split("; ").map((pair) => [pair.slice(0, pair.indexOf("=")), pair]) : []);
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(";")[0] ?? "";
    const name = pair.slice(0, pair.indexOf("="));
    if (/Max-Age=0/i.test(line) || pair.endsWith("=")) jar.delete(name);
    else jar.set(name, pair);
  }
  return [...jar.values()].join("; ");
}

const setsCookie = (response: Response, name: string) =>
  response.headers.getSetCookie().some((line) => line.startsWith(`${name}=`) && !/Max-Age=0/i.test(line));

async function totpIsOn(user: TestUser): Promise<boolean> {
  const output = await withAdmin((cognito) =>
    cognito.send(new AdminGetUserCommand({ UserPoolId: stack().userPoolId, Username: user.email })),
  );
  return (output.UserMFASettingList ?? []).includes("SOFTWARE_TOKEN_MFA");
}

const passwordFields = (user: TestUser): Fields => [
  ["email", user.email],
  ["password", user.password],
];

/** Password, then the code step, like a browser without JavaScript. Resolves to the Cookie header. */
async function signInWithCode(user: TestUser, app: Authenticator) {
  const started = await submitForm(base(), "/signin", passwordFields(user));
  expect(started.headers.get("location")).toMatch(/\/signin\/code$/);
  const challenge = applied("", started);
  const answered = await submitForm(base(), "/signin/code", [["code", await app.code()]], {
    headers: { cookie: challenge },
    form: "answerAuthenticatorCode",
  });
  expect(answered.status).toBe(303);
  return { cookie: applied(challenge, answered), challenge };
}

async function confirmItsYou(cookie: string, user: TestUser, code: string): Promise<string> {
  const fields: Fields = [
    ["password", user.password],
    ["code", code],
  ];
  const confirmed = await submitForm(base(), TURN_OFF, fields, { headers: { cookie }, form: "confirmItsYou" });
  expect(confirmed.headers.get("location")).toMatch(/\/settings\/two-factor\/off$/);
  return applied(cookie, confirmed);
}

const setupKeyOn = (html: string) => /<input[^>]*name="setupKey"[^>]*value="([A-Z2-7 ]+)"/.exec(html)?.[1] ?? null;

test.describe("two-factor actions without a session", () => {
  const actions: [name: string, route: string, bound: boolean][] = [
    ["startTotpSetupAction", "/settings/two-factor", false],
    ["verifyTotpSetupAction", "/settings/two-factor", true],
    ["turnOffTotpAction", "/settings/two-factor/off", false],
  ];
  for (const [name, route, bound] of actions) {
    test(`${name} without a session sends the caller to sign-in`, async () => {
      const id = actionId(name);
      const envelope = bound ? boundActionFields(id) : plainActionFields(id);
      const fields: Fields = [...envelope, ["code", "123456"], ["deviceName", "x"]];
      const response = await seen(
        await fetch(new URL(route, base()), {
          method: "POST",
          body: formDataOf(fields),
          headers: { origin: base() },
          redirect: "manual",
        }),
      );
      record({
        case: `Two-factor: ${name} without a session`,
        expected: "a redirect to sign-in, nothing changed",
        observed: summary(response),
        asvs: ["V8.2.1", "V6.3.1"],
      });
      expectNoCrash(response, name);
      expect(response.location ?? "").toMatch(/^\/signin\?next=/);
    });
  }
});

test("a cross-site post cannot start a set-up or turn two-factor sign-in off", async () => {
  test.setTimeout(TWO_FACTOR_TIMEOUT);
  const crossSite = { origin: "http://evil.example" };
  const plain = await createConfirmedUser();
  const plainCookie = await signIn(base(), plain);
  const start = await submitForm(base(), "/settings/two-factor", [], {
    headers: { cookie: plainCookie, ...crossSite },
    form: "startTotpSetupAction",
  });

  const { user, app } = await userWithAuthenticator();
  const confirmed = await confirmItsYou((await signInWithCode(user, app)).cookie, user, await app.code());
  const turnOffFrom = (headers: Record<string, string>) =>
    submitForm(base(), "/settings/two-factor/off", [], {
      headers: { cookie: confirmed, ...headers },
      form: TURN_OFF_ACTION,
    });
  const turnOff = await turnOffFrom(crossSite);
  const stillOn = await totpIsOn(user);
  const sameSite = await turnOffFrom({});
  record({
    case: "Two-factor: cross-site posts of the set-up and turn-off actions",
    expected:
      "refused with a 4xx; no set-up key issued; two-factor stays on (the same post from the site turns it off)",
    observed: `start ${start.status}${setsCookie(start, SETUP_COOKIE) ? ", key issued" : ""}; turn off ${turnOff.status}, still on: ${stillOn}`,
    asvs: ["V3.5.1", "V7.5.1"],
  });
  expect(setsCookie(start, SETUP_COOKIE)).toBe(false);
  expect([start.status, turnOff.status].every((status) => status >= 400 && status < 500)).toBe(true);
  expect(stillOn).toBe(true);
  expect(sameSite.headers.get("location")).toMatch(/\/settings\?notice=two-factor-off$/);
  expect(await totpIsOn(user)).toBe(false);
});

test("a set-up step replayed from another sign-in, or after it finished, changes nothing", async () => {
  test.setTimeout(TWO_FACTOR_TIMEOUT);
  const user = await createConfirmedUser();
  const own = await signIn(base(), user);
  const other = await signIn(base(), user);
  const startPage = await (await get(base(), "/settings/two-factor", { cookie: own })).text();
  const started = await submitFormOf(startPage, base(), "/settings/two-factor", [], {
    ...START,
    headers: { cookie: own },
  });
  const pending = applied(own, started);
  const page = await (await get(base(), "/settings/two-factor", { cookie: pending })).text();
  const key = setupKeyOn(page);
  expect(key).not.toBeNull();
  const app = new Authenticator(key ?? "");
  const setupCookie = pending.split("; ").find((pair) => pair.startsWith(`${SETUP_COOKIE}=`)) ?? "";

  const elsewhere = `${other}; ${setupCookie}`;
  const shownElsewhere = setupKeyOn(await (await get(base(), "/settings/two-factor", { cookie: elsewhere })).text());
  const fromOther = await submitFormOf(page, base(), "/settings/two-factor", [["code", app.currentCode()]], {
    ...FINISH,
    headers: { cookie: elsewhere },
  });
  const onAfterOther = await totpIsOn(user);

  const finish = (code: string) =>
    submitFormOf(page, base(), "/settings/two-factor", [["code", code]], { ...FINISH, headers: { cookie: pending } });
  const finished = await finish(await app.code());
  const replayed = await finish(await app.code());
  const restart = await submitFormOf(startPage, base(), "/settings/two-factor", [], {
    ...START,
    headers: { cookie: pending },
  });
  record({
    case: "Two-factor: replaying a set-up step",
    expected:
      "the sealed key works only for the sign-in that asked for it; once on, a replayed finish or start mints and changes nothing",
    observed: `other sign-in: key shown ${shownElsewhere !== null}, ${fromOther.headers.get("location")}, on: ${onAfterOther}; replayed finish: ${replayed.headers.get("location")}; replayed start: key issued ${setsCookie(restart, SETUP_COOKIE)}`,
    asvs: ["V6.5.1", "V7.5.1"],
  });
  expect(shownElsewhere).toBeNull();
  expect(fromOther.headers.get("location")).toMatch(/\/settings\/two-factor\?notice=step-expired$/);
  expect(onAfterOther).toBe(false);
  expect(finished.headers.get("location")).toMatch(/\/settings\?notice=two-factor-on$/);
  expect(replayed.headers.get("location")).toMatch(/\/settings\/two-factor$/);
  expect(setsCookie(restart, SETUP_COOKIE)).toBe(false);
});

test("a code step replayed after it signed in starts no second session", async () => {
  test.setTimeout(TWO_FACTOR_TIMEOUT);
  const { user, app } = await userWithAuthenticator();
  const { challenge } = await signInWithCode(user, app);
  const replayed = await submitForm(base(), "/signin/code", [["code", await app.code()]], {
    headers: { cookie: challenge },
    form: "answerAuthenticatorCode",
  });
  record({
    case: "Two-factor: the sign-in code step replayed with its old challenge cookie",
    expected: "no session; back to sign-in with “That took too long”",
    observed: summary(await seen(replayed.clone())),
    asvs: ["V6.5.1"],
  });
  expect(setsCookie(replayed, "__Host-cruddur-session")).toBe(false);
  expect(replayed.headers.get("location") ?? "").toMatch(/^\/signin\?.*notice=step-expired/);
});

test("guessing codes is stopped by the account's failure limit, even before the right code", async () => {
  test.setTimeout(TWO_FACTOR_TIMEOUT);
  const { user, app } = await userWithAuthenticator();
  const started = await submitForm(base(), "/signin", passwordFields(user));
  const challenge = applied("", started);
  const guess = async (code: string) =>
    (
      await submitForm(base(), "/signin/code", [["code", code]], {
        headers: { cookie: challenge },
        form: "answerAuthenticatorCode",
      })
    ).text();
  const answers: boolean[] = [];
  for (let attempt = 0; attempt < 5; attempt++)
    answers.push((await guess(app.wrongCode())).includes("That code is not right"));
  const right = await guess(await app.code());
  const passwordAgain = await (await submitForm(base(), "/signin", passwordFields(user))).text();
  const paused = (html: string) => html.includes("Too many failed sign-in attempts");
  record({
    case: "Two-factor: guessing authenticator codes at sign-in",
    expected: "five wrong codes count like wrong passwords; then even the right code and the password are paused",
    observed: `wrong codes refused: ${answers.filter(Boolean).length}/5; right code then paused: ${paused(right)}; password then paused: ${paused(passwordAgain)}`,
    asvs: ["V6.3.1", "V2.4.1"],
  });
  expect(answers).toEqual([true, true, true, true, true]);
  expect(paused(right)).toBe(true);
  expect(paused(passwordAgain)).toBe(true);
});
