import { expect, test } from "@playwright/test";
import { stack } from "../support/stack";
import { actionId, boundActionFields } from "./support/actions";
import { rawMultipart } from "./support/multipart";
import { record } from "./support/record";
import { expectNoCrash } from "./support/responses";
import { rawRequest, type RawAnswer } from "./support/raw-http";

const base = () => stack().main.url;
const url = (path: string) => new URL(path, base()).toString();
const ONE_MB = 1024 * 1024;

function check(answer: RawAnswer, label: string, status: number) {
  expectNoCrash({ status: answer.status, body: answer.body, location: null }, label);
  expect(answer.status, label).toBe(status);
  expect(answer.contentType, label).toMatch(/^(text\/plain|application\/json)/);
}

const observed = (answer: RawAnswer) =>
  `${answer.status} ${answer.contentType.split(";")[0]}${answer.allow ? ` (Allow: ${answer.allow})` : ""}`;

test.describe("methods nothing here serves", () => {
  const cases: [method: string, path: string][] = [
    ["TRACE", "/"],
    ["TRACE", "/api/me"],
    ["PUT", "/signin"],
    ["DELETE", "/"],
    ["OPTIONS", "/notifications"],
    ["PROPFIND", "/"],
  ];
  for (const [method, path] of cases) {
    test(`${method} ${path} is refused with 405`, async () => {
      const answer = await rawRequest(url(path), { method });
      record({
        case: `Method: ${method} ${path}`,
        expected: "405 with Allow and a plain message; never 5xx",
        observed: observed(answer),
        asvs: ["V13.4.4", "V16.5.1"],
      });
      check(answer, `${method} ${path}`, 405);
      expect(answer.allow).not.toBe("");
    });
  }

  test("a method Node's HTTP parser does not know (TRACK) never reaches the app", async () => {
    const answer = await rawRequest(url("/signin"), { method: "TRACK" });
    record({
      case: "Method: TRACK /signin",
      expected: "400 from the HTTP parser; never 5xx",
      observed: String(answer.status),
      asvs: ["V13.4.4", "V16.5.1"],
    });
    expect(answer.status).toBe(400);
  });
});

test.describe("form bodies the server cannot or will not parse", () => {
  const envelope = () => boundActionFields(actionId("signIn"));
  const origin = () => ({ origin: new URL(base()).origin });
  const post = (headers: Record<string, string>, body: Buffer, chunked = false) =>
    rawRequest(url("/signin"), { method: "POST", headers: { ...origin(), ...headers }, body, chunked });

  const malformed: [string, () => { contentType: string; body: Buffer }][] = [
    ["multipart without a boundary", () => ({ contentType: "multipart/form-data", body: Buffer.from("x") })],
    [
      "multipart whose body never uses the boundary",
      () => ({ contentType: "multipart/form-data; boundary=cruddur", body: Buffer.from("garbage") }),
    ],
    [
      "multipart cut off before its closing boundary",
      () => {
        const { body, contentType } = rawMultipart([...envelope(), ["email", "a@b.test"]]);
        return { contentType, body: body.subarray(0, body.length - 30) };
      },
    ],
    [
      "multipart with a part that has no name",
      () => ({
        contentType: "multipart/form-data; boundary=b",
        body: Buffer.from("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--\r\n"),
      }),
    ],
  ];
  for (const [name, make] of malformed) {
    test(`${name} is refused with 400`, async () => {
      const { contentType, body } = make();
      const answer = await post({ "content-type": contentType }, body);
      record({
        case: `Body: ${name}`,
        expected: "400 with a plain message; never 5xx",
        observed: observed(answer),
        asvs: ["V2.2.1", "V16.5.1"],
      });
      check(answer, name, 400);
    });
  }

  const oversized: [string, string, boolean][] = [
    ["a 1.2 MB multipart form", "multipart", false],
    ["a 1.2 MB url-encoded form", "urlencoded", false],
    ["a 1.2 MB multipart form sent chunked, without Content-Length", "multipart", true],
  ];
  for (const [name, kind, chunked] of oversized) {
    test(`${name} is refused with 413`, async () => {
      const big = "a".repeat(ONE_MB + ONE_MB / 5);
      const { body, contentType } =
        kind === "multipart"
          ? rawMultipart([...envelope(), ["email", big]])
          : { body: Buffer.from(`email=${big}`), contentType: "application/x-www-form-urlencoded" };
      const answer = await post({ "content-type": contentType }, body, chunked);
      record({
        case: `Body: ${name}`,
        expected: "413 with a plain message; never 5xx",
        observed: observed(answer),
        asvs: ["V2.2.1", "V16.5.1"],
      });
      check(answer, name, 413);
    });
  }
});

test.describe("the image optimizer", () => {
  for (const path of ["/notifications", "/api/me", "/logo.svg", "/_next/static/media/none.png"]) {
    test(`/_next/image?url=${path} is refused with a 4xx`, async () => {
      const answer = await rawRequest(url(`/_next/image?url=${encodeURIComponent(path)}&w=64&q=75`));
      record({
        case: `Image optimizer: url=${path}`,
        expected: "a 4xx with a plain message; never 5xx, never a fetch of a page",
        observed: observed(answer),
        asvs: ["V16.5.1"],
      });
      expectNoCrash({ status: answer.status, body: answer.body, location: null }, path);
      expect(answer.status).toBeGreaterThanOrEqual(400);
    });
  }
});
