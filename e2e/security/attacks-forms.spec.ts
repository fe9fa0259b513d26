import { expect, test } from "@playwright/test";
import { stack } from "../support/stack";
import { get } from "./support/app";
import { actionId, boundActionFields, builtActions, plainActionFields } from "./support/actions";
import { hiddenFieldsOfForms } from "./support/forms";
import { rawMultipart } from "./support/multipart";
import { messagesOn } from "./support/page-text";
import { record } from "./support/record";
import { SERVER_ACTIONS, type ListedAction } from "./support/server-actions";
import { expectNoCrash, seen, type Seen } from "./support/responses";

const base = () => stack().main.url;
const LIST_FILE = "e2e/security/support/server-actions.ts";

type Fields = [string, string | Buffer][];
/** The fields the action reads, plus one it does not: unknown fields must be ignored. */
const fill = (action: ListedAction, value: string | Buffer): Fields =>
  [...action.fields, "unexpected"].map((name) => [name, value]);

interface Fuzz {
  name: string;
  fields: (action: ListedAction) => Fields;
}

const FUZZ: Fuzz[] = [
  { name: "missing fields", fields: () => [] },
  { name: "100 KB values", fields: (action) => fill(action, "a".repeat(100 * 1024)) },
  { name: "control characters", fields: (action) => fill(action, "a\u0000b\u0001\u001b[31m\r\n\u007f@x.test") },
  {
    name: "invalid UTF-8",
    fields: (action) => fill(action, Buffer.from([0x61, 0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0x40])),
  },
  { name: "emoji and RTL marks", fields: (action) => fill(action, "😀\u202e🔥@exämple.test👨‍👩‍👧") },
  {
    name: "repeated fields (arrays)",
    fields: (action) => [...fill(action, "a@b.test"), ...fill(action, "c@d.test")],
  },
  { name: "HTML and script", fields: (action) => fill(action, '"><script>alert(1)</script>@x.test') },
];

/** The action's own envelope as its page renders it (so the answer shows the form state), else a bare one. */
async function envelope(route: string, id: string): Promise<[string, string][]> {
  const forms = hiddenFieldsOfForms(await (await get(base(), route)).text());
  const form = forms.find((fields) =>
    fields.some(([name, value]) => name.includes(id) || (typeof value === "string" && value.includes(id))),
  );
  const hidden = form?.filter(
    (field): field is [string, string] => typeof field[1] === "string" && field[0].startsWith("$ACTION"),
  );
  return hidden?.length ? hidden : boundActionFields(id);
}

async function post(
  route: string,
  body: Uint8Array,
  contentType: string,
  headers: Record<string, string> = {},
): Promise<Seen> {
  const response = await fetch(new URL(route, base()), {
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

for (const action of SERVER_ACTIONS) {
  test.describe(`fuzzing ${action.name} (${action.file})`, () => {
    for (const fuzz of FUZZ) {
      test(`${action.name}: ${fuzz.name}`, async () => {
        const id = actionId(action.name);
        const { body, contentType } = rawMultipart([...(await envelope(action.route, id)), ...fuzz.fields(action)]);
        const response = await post(action.route, body, contentType);
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
        action.route,
        Buffer.from(JSON.stringify([{ status: "idle" }, ["a@b.test", "x"]])),
        "text/plain;charset=UTF-8",
        { "next-action": actionId(action.name) },
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
      const fields = [...plainActionFields(actionId(action.name)), ...fill(action, "a@b.test")];
      const { body, contentType } = rawMultipart(fields);
      const response = await post(action.route, body, contentType);
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
  const key = ({ name, file }: { name: string; file: string }) => `${name} (${file})`;
  const listed = SERVER_ACTIONS.map(key);
  const built = builtActions().map(key);
  const toAdd = built.filter((action) => !listed.includes(action));
  const toRemove = listed.filter((action) => !built.includes(action));
  record({
    case: "Forms: server actions fuzzed",
    expected: "every action in the build's manifest",
    observed:
      toAdd.length + toRemove.length === 0
        ? SERVER_ACTIONS.map((action) => action.name).join(", ")
        : `not in the list: ${toAdd.join(", ") || "none"}; no longer built: ${toRemove.join(", ") || "none"}`,
    asvs: ["V2.2.1"],
  });
  expect.soft(toAdd, `the build has server actions ${LIST_FILE} lacks: add them`).toEqual([]);
  expect(toRemove, `${LIST_FILE} lists server actions the build no longer has: remove them`).toEqual([]);
});
