import { expect, test } from "@playwright/test";
import { stack } from "../support/stack";
import { get } from "./support/app";
import { boundActionFields, plainActionFields, serverActions, type ServerAction } from "./support/actions";
import { hiddenFieldsOfForms } from "./support/forms";
import { rawMultipart } from "./support/multipart";
import { messagesOn } from "./support/page-text";
import { record } from "./support/record";
import { expectNoCrash, seen, type Seen } from "./support/responses";

const base = () => stack().main.url;
/** Every input name any auth form uses: extra fields are ignored, so each action gets all of them. */
const FIELD_NAMES = ["email", "password", "passwordAgain", "code", "name", "handle", "next"];
const fill = (value: string | Buffer): [string, string | Buffer][] => FIELD_NAMES.map((name) => [name, value]);

interface Fuzz {
  name: string;
  fields: [string, string | Buffer][];
}

const FUZZ: Fuzz[] = [
  { name: "missing fields", fields: [] },
  { name: "100 KB values", fields: fill("a".repeat(100 * 1024)) },
  { name: "control characters", fields: fill("a\u0000b\u0001\u001b[31m\r\n\u007f@x.test") },
  { name: "invalid UTF-8", fields: fill(Buffer.from([0x61, 0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0x40])) },
  { name: "emoji and RTL marks", fields: fill("😀\u202e🔥@exämple.test👨‍👩‍👧") },
  { name: "repeated fields (arrays)", fields: [...fill("a@b.test"), ...fill("c@d.test")] },
  { name: "HTML and script", fields: fill('"><script>alert(1)</script>@x.test') },
];

/** The action's own envelope as its page renders it (so the answer shows the form state), else a bare one. */
async function envelope(action: ServerAction): Promise<[string, string][]> {
  const forms = hiddenFieldsOfForms(await (await get(base(), action.route)).text());
  const form = forms.find((fields) =>
    fields.some(
      ([name, value]) => name.includes(action.id) || (typeof value === "string" && value.includes(action.id)),
    ),
  );
  const hidden = form?.filter(
    (field): field is [string, string] => typeof field[1] === "string" && field[0].startsWith("$ACTION"),
  );
  return hidden?.length ? hidden : boundActionFields(action.id);
}

async function post(
  action: ServerAction,
  body: Uint8Array,
  contentType: string,
  headers: Record<string, string> = {},
): Promise<Seen> {
  const response = await fetch(new URL(action.route, base()), {
    method: "POST",
    body: new Uint8Array(body),
    headers: { "content-type": contentType, origin: base(), ...headers },
    redirect: "manual",
  });
  return seen(response);
}

/** A clear outcome: a redirect, a 4xx, or a page that says something in its live regions. */
function outcome(response: Seen): string {
  if (response.status >= 300 && response.status < 400) return `${response.status} redirect`;
  if (response.status >= 400) return String(response.status);
  return messagesOn(response.body).length > 0
    ? `${response.status} with a message`
    : `${response.status} without a message`;
}

for (const action of serverActions()) {
  test.describe(`fuzzing ${action.name} (${action.file})`, () => {
    for (const fuzz of FUZZ) {
      test(`${action.name}: ${fuzz.name}`, async () => {
        const { body, contentType } = rawMultipart([...(await envelope(action)), ...fuzz.fields]);
        const response = await post(action, body, contentType);
        record({
          case: `Form ${action.name}: ${fuzz.name}`,
          expected: "a redirect, a 4xx or a clear message; never 5xx",
          observed: outcome(response),
          asvs: ["V2.2.1", "V16.5.1"],
        });
        expectNoCrash(response, fuzz.name);
      });
    }

    test(`${action.name}: called with a JSON array instead of form data`, async () => {
      const response = await post(
        action,
        Buffer.from(JSON.stringify([{ status: "idle" }, ["a@b.test", "x"]])),
        "text/plain;charset=UTF-8",
        { "next-action": action.id },
      );
      record({
        case: `Form ${action.name}: arguments of the wrong type (JS protocol)`,
        expected: "a 4xx or an error state; never 5xx",
        observed: String(response.status),
        asvs: ["V2.2.1", "V16.5.1"],
      });
      expectNoCrash(response, "array arguments");
    });

    test(`${action.name}: called without its bound form state`, async () => {
      const { body, contentType } = rawMultipart([...plainActionFields(action.id), ...fill("a@b.test")]);
      const response = await post(action, body, contentType);
      record({
        case: `Form ${action.name}: posted without its bound form state`,
        expected: "a redirect, a 4xx or a clear message; never 5xx",
        observed: outcome(response),
        asvs: ["V2.2.1", "V16.5.1"],
      });
      expectNoCrash(response, "unbound");
    });
  });
}

test("the fuzz covers every server action in the build", () => {
  const names = serverActions().map((action) => action.name);
  expect(names).toEqual(expect.arrayContaining(["signIn", "signOut", "signOutEverywhere"]));
  record({
    case: "Forms: server actions fuzzed",
    expected: "every action in the build's manifest",
    observed: names.join(", "),
    asvs: ["V2.2.1"],
  });
});
