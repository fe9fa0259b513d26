import { expect, test } from "@playwright/test";
import { createConfirmedUser } from "../support/emulator";
import { stack } from "../support/stack";
import { submitForm } from "./support/app";
import { record } from "./support/record";
import { expectNoCrash, seen } from "./support/responses";

/** Every classic way to smuggle another origin (or a script) through a "come back here" parameter. */
const VARIANTS: [string, string][] = [
  ["protocol-relative //", "//evil.example/path"],
  ["backslash /\\", "/\\evil.example"],
  ["double backslash", "\\\\evil.example"],
  ["https: absolute", "https://evil.example"],
  ["scheme without slashes (https:evil)", "https:evil.example"],
  ["encoded //", "%2F%2Fevil.example"],
  ["double-encoded //", "%252F%252Fevil.example"],
  ["encoded backslash", "/%5Cevil.example"],
  ["tab inside //", "/\t/evil.example"],
  ["CR/LF header injection", "/\r\nLocation: https://evil.example"],
  ["encoded CR/LF", "/%0d%0aSet-Cookie:%20x=1"],
  ["javascript:", "javascript:alert(1)"],
  ["JaVaScRiPt: with a tab", "java\tscript:alert(1)"],
  ["data: URL", "data:text/html,<script>alert(1)</script>"],
  ["userinfo trick", "/@evil.example"],
  ["leading whitespace", " //evil.example"],
  ["unicode slash lookalike", "/\u2215evil.example"],
  ["10 KB value", `/${"a".repeat(10 * 1024)}`],
];

test.describe("open redirect through the real sign-in form", () => {
  for (const [name, next] of VARIANTS) {
    test(`next = ${name} lands on a same-origin path`, async () => {
      const user = await createConfirmedUser();
      const response = await seen(
        await submitForm(stack().main.url, "/signin", [
          ["email", user.email],
          ["password", user.password],
          ["next", next],
        ]),
      );
      const location = response.location ?? "";
      const target = new URL(location, stack().main.url);
      const sameOrigin = target.origin === new URL(stack().main.url).origin;
      record({
        case: `Open redirect: next = ${name}`,
        expected: '303 to a same-origin path ("/" when unsafe)',
        observed: `${response.status} → ${sameOrigin ? (location.length > 40 ? `${location.slice(0, 40)}…` : location) : target.origin}`,
        asvs: ["V3.7.2"],
      });
      expectNoCrash(response, name);
      expect(response.status).toBe(303);
      expect(sameOrigin).toBe(true);
      expect(location.startsWith("/") && !location.startsWith("//") && !location.includes("\\")).toBe(true);
    });
  }

  test("a safe next still works (control)", async () => {
    const user = await createConfirmedUser();
    const response = await seen(
      await submitForm(stack().main.url, "/signin", [
        ["email", user.email],
        ["password", user.password],
        ["next", "/messages?tab=1"],
      ]),
    );
    expect(response.location).toBe("/messages?tab=1");
  });
});
