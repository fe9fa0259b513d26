import { expect, test } from "@playwright/test";
import { stack } from "../support/stack";
import { get } from "./support/app";
import { record } from "./support/record";
import { expectNoCrash, seen, summary } from "./support/responses";

const base = () => stack().main.url;
const PROTECTIONS = ["content-security-policy", "x-frame-options", "strict-transport-security"] as const;

// Paths that end like a static file but are pages, or nothing at all: the middleware must see them.
const PATHS: [path: string, expected: string][] = [
  ["/notifications.js", "404"],
  ["/x.png", "404"],
  ["/robots.txt", "404"],
  ["/sitemap.xml", "404"],
  ["/users/andrewbrown.js", "404"],
  ["/messages/users/worf.png", "307 → /signin?next=%2Fmessages%2Fusers%2Fworf.png"],
  ["/messages/@worf.css", "307 → /signin?next=%2Fmessages%2F%40worf.css"],
];

test.describe("the middleware's matcher", () => {
  for (const [path, expected] of PATHS) {
    test(`${path} gets the security headers and the sign-in gate`, async () => {
      const response = await get(base(), path);
      const missing = PROTECTIONS.filter((name) => !response.headers.has(name));
      const result = await seen(response);
      record({
        case: `Matcher: ${path}`,
        expected: `${expected}, with CSP, X-Frame-Options and HSTS`,
        observed: `${summary(result)}${missing.length ? `, without ${missing.join(", ")}` : ", all headers"}`,
        asvs: ["V3.4.1", "V3.4.3", "V3.4.6", "V8.2.1"],
      });
      expectNoCrash(result, path);
      expect(missing).toEqual([]);
      expect(summary(result)).toBe(expected);
    });
  }

  test("a file of public/ is still served as a file", async () => {
    const response = await get(base(), "/logo.svg");
    record({
      case: "Matcher: /logo.svg (a real file of public/)",
      expected: "200 image/svg+xml with nosniff",
      observed: `${response.status} ${response.headers.get("content-type")}${response.headers.get("x-content-type-options") === "nosniff" ? " with nosniff" : ""}`,
      asvs: ["V3.4.4"],
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
