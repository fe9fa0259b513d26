import { SignUpCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect, test } from "@playwright/test";
import { createConfirmedUser, newTestUser, withAdmin } from "../support/emulator";
import { stack } from "../support/stack";
import { get, submitActionForm, submitForm } from "./support/app";
import { cookieHeaderFrom } from "./support/forms";
import { headingOf, messagesOn } from "./support/page-text";
import { record } from "./support/record";
import { expectNoCrash, seen, type Seen } from "./support/responses";

const base = () => stack().main.url;
/** A person could notice a difference this large; smaller ones drown in network jitter. */
const NOTICEABLE_MS = 250;
const SAMPLES = 10;

/** What the answer reveals, with the address itself blanked out. */
function visible(response: Seen, email: string): string {
  const text = (value: string) => value.split(email).join("<email>").split(encodeURIComponent(email)).join("<email>");
  return JSON.stringify({
    status: response.status,
    location: response.location && text(response.location),
    heading: headingOf(response.body),
    messages: messagesOn(response.body).map(text),
  });
}

async function signUpUnconfirmed(): Promise<string> {
  const user = newTestUser("unconfirmed");
  await withAdmin((cognito) =>
    cognito.send(
      new SignUpCommand({
        ClientId: stack().main.clientId,
        Username: user.email,
        Password: user.password,
        UserAttributes: [
          { Name: "name", Value: user.name },
          { Name: "preferred_username", Value: user.handle },
        ],
      }),
    ),
  );
  return user.email;
}

const signInAs = async (email: string, password: string) =>
  seen(
    await submitForm(base(), "/signin", [
      ["email", email],
      ["password", password],
    ]),
  );
const unknownEmail = () => newTestUser("nobody").email;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

test.describe("account enumeration", () => {
  test("sign-in: an unknown account and a wrong password look the same", async () => {
    const known = await createConfirmedUser();
    const unknown = unknownEmail();
    const wrong = await signInAs(known.email, "Wrong-Password-1!");
    const missing = await signInAs(unknown, "Wrong-Password-1!");
    const same = visible(wrong, known.email) === visible(missing, unknown);
    record({
      case: "Enumeration: sign-in, unknown account vs wrong password",
      expected: "same status and message",
      observed: same
        ? `same: ${wrong.status}, "${messagesOn(wrong.body).join(" ")}"`
        : `differ: ${visible(wrong, known.email)} vs ${visible(missing, unknown)}`,
      asvs: ["V6.3.8"],
    });
    expectNoCrash(wrong, "wrong password");
    expectNoCrash(missing, "unknown account");
    expect(visible(missing, unknown)).toBe(visible(wrong, known.email));
  });

  test("sign-in: response times of unknown accounts and wrong passwords (reported)", async ({}, testInfo) => {
    test.setTimeout(120_000);
    const users = await Promise.all(Array.from({ length: SAMPLES }, () => createConfirmedUser()));
    const timings = { known: [] as number[], unknown: [] as number[] };
    for (const user of users) {
      for (const [kind, email] of [
        ["known", user.email],
        ["unknown", unknownEmail()],
      ] as const) {
        const started = performance.now();
        await signInAs(email, "Wrong-Password-1!");
        timings[kind].push(performance.now() - started);
      }
    }
    const difference = Math.abs(median(timings.known) - median(timings.unknown));
    const figures = `median wrong password ${median(timings.known).toFixed(0)} ms, unknown account ${median(timings.unknown).toFixed(0)} ms, ${SAMPLES} samples each`;
    await testInfo.attach("sign-in timings", {
      body: JSON.stringify({ ...timings, difference }, null, 2),
      contentType: "application/json",
    });
    console.log(`[enumeration] ${figures}`);
    record({
      case: "Enumeration: sign-in response time, unknown account vs wrong password",
      expected: `reported; a median difference under ${NOTICEABLE_MS} ms is not something a person could use`,
      observed: figures,
      volatile: true,
      asvs: ["V6.3.8"],
    });
    expect(difference, figures).toBeLessThan(NOTICEABLE_MS);
  });

  test("recovery: an unknown account gets the same answer and next page as a real one", async () => {
    const known = await createConfirmedUser();
    const unknown = unknownEmail();
    const ask = async (email: string) => {
      const response = await submitForm(base(), "/forgot", [["email", email]]);
      const cookie = cookieHeaderFrom(response);
      const answer = await seen(response);
      const next = await seen(await get(base(), "/forgot", { cookie }));
      return { answer, next, summary: `${visible(answer, email)} then ${visible(next, email)}` };
    };
    const [real, fake] = [await ask(known.email), await ask(unknown)];
    const same = real.summary.split(known.email).join("") === fake.summary.split(unknown).join("");
    record({
      case: "Enumeration: password recovery for an unknown account",
      expected: "same status, redirect and next page as for a real account",
      observed: same
        ? `same: ${real.answer.status} → ${real.answer.location}, "${headingOf(real.next.body)}"`
        : "differ",
      asvs: ["V6.3.8"],
    });
    expectNoCrash(real.answer, "recovery known");
    expectNoCrash(fake.answer, "recovery unknown");
    expect(fake.summary.split(unknown).join("")).toBe(real.summary.split(known.email).join(""));
  });

  test("resend confirmation code: unknown, unconfirmed and confirmed accounts look the same", async () => {
    const accounts = {
      unknown: unknownEmail(),
      unconfirmed: await signUpUnconfirmed(),
      confirmed: (await createConfirmedUser()).email,
    };
    const answers: Record<string, string> = {};
    for (const [kind, email] of Object.entries(accounts)) {
      const response = await seen(await submitActionForm(base(), "/confirm", "resendCode", [["email", email]]));
      expectNoCrash(response, kind);
      answers[kind] = visible(response, email);
    }
    const distinct = new Set(Object.values(answers));
    record({
      case: "Enumeration: resend confirmation code (unknown / unconfirmed / confirmed)",
      expected: "the same status and message for all three",
      observed:
        distinct.size === 1
          ? `same: "${(JSON.parse(answers.unknown ?? "{}") as { messages: string[] }).messages.join(" ")}"`
          : `${distinct.size} different answers`,
      asvs: ["V6.3.8"],
    });
    expect(answers.unknown).toBe(answers.unconfirmed);
    expect(answers.confirmed).toBe(answers.unconfirmed);
  });
});
