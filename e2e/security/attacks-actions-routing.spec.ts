import { expect, test } from "@playwright/test";
import { createConfirmedUser } from "../support/emulator";
import { stack } from "../support/stack";
import { get, SESSION_COOKIE, submitForm } from "./support/app";
import { actionId, plainActionFields } from "./support/actions";
import { formDataOf } from "./support/forms";
import { record } from "./support/record";
import { expectNoCrash, seen, summary, type Seen } from "./support/responses";

const base = () => stack().main.url;
const MEMBER_ONLY = /<h1[^>]*>(?:Notifications|Messages)</;
const TO_SIGN_IN = /^\/signin\?next=/;

/** Signed-out requests for protected content must end at sign-in or nowhere: never the page. */
function expectNoProtectedContent(response: Seen, label: string) {
  expectNoCrash(response, label);
  expect(response.body, label).not.toMatch(MEMBER_ONLY);
  expect(response.status === 200, `${label}: ${response.status}`).toBe(false);
}

async function signInWithOrigin(headers: Record<string, string>) {
  const user = await createConfirmedUser();
  const response = await submitForm(
    base(),
    "/signin",
    [
      ["email", user.email],
      ["password", user.password],
    ],
    { headers },
  );
  const sessionSet = response.headers.getSetCookie().some((line) => line.startsWith(`${SESSION_COOKIE}=Fe26`));
  return { ...(await seen(response)), sessionSet };
}

test.describe("server action origin checks", () => {
  const crossSite: [string, Record<string, string>][] = [
    ["a cross-origin action POST (Origin: http://evil.example)", { origin: "http://evil.example" }],
    ["Origin: null", { origin: "null" }],
    ["a same-origin Origin with a spoofed X-Forwarded-Host", { "x-forwarded-host": "evil.example" }],
  ];
  for (const [name, headers] of crossSite) {
    test(`sign-in refuses ${name}`, async () => {
      const response = await signInWithOrigin(headers);
      record({
        case: `Server action: ${name}`,
        expected: "refused with a 4xx, no session set",
        observed: `${response.status}${response.sessionSet ? ", session set" : ", no session"}`,
        asvs: ["V3.5.1", "V16.5.1"],
      });
      expect(response.sessionSet).toBe(false);
      expectNoCrash(response, name);
    });
  }

  test("no Origin header (non-browser client) is treated like a same-origin post", async () => {
    const response = await signInWithOrigin({ origin: "" });
    record({
      case: "Server action: no Origin header",
      expected: "processed (browsers always send Origin on cross-site POSTs; SameSite=Lax keeps the cookie off them)",
      observed: `${summary(response)}${response.sessionSet ? ", session set" : ""}`,
      asvs: ["V3.5.1"],
    });
    expectNoCrash(response, "no origin");
    expect(response.status).toBe(303);
  });

  test("spoofing both Origin and X-Forwarded-Host passes Next's check: the proxy must own that header", async () => {
    const response = await signInWithOrigin({ origin: "http://evil.example", "x-forwarded-host": "evil.example" });
    record({
      case: "Server action: Origin and X-Forwarded-Host both spoofed",
      expected: "deployment: the reverse proxy overwrites X-Forwarded-Host (a browser cannot set it cross-site)",
      observed: `${summary(response)}${response.sessionSet ? ", session set" : ""}`,
      asvs: ["V3.5.1"],
    });
    expectNoCrash(response, "spoofed XFH");
  });

  for (const name of ["signOut", "signOutEverywhere"]) {
    test(`${name} called directly without a session changes nothing`, async () => {
      const response = await fetch(new URL("/", base()), {
        method: "POST",
        body: formDataOf(plainActionFields(actionId(name))),
        headers: { origin: base() },
        redirect: "manual",
      });
      const result = await seen(response);
      record({
        case: `Server action: ${name} without a session`,
        expected: "303 to / with nothing to revoke",
        observed: summary(result),
        asvs: ["V8.2.1"],
      });
      expectNoCrash(result, name);
      expect(result.status).toBe(303);
    });
  }
});

test.describe("routing around the middleware", () => {
  const headerAttacks: [string, Record<string, string>][] = [
    [
      "x-middleware-subrequest: middleware×5 (CVE-2025-29927)",
      { "x-middleware-subrequest": Array(5).fill("middleware").join(":") },
    ],
    [
      "x-middleware-subrequest: src/middleware×5",
      { "x-middleware-subrequest": Array(5).fill("src/middleware").join(":") },
    ],
    ["RSC: 1", { rsc: "1" }],
    ["Next-Router-Prefetch: 1", { rsc: "1", "next-router-prefetch": "1" }],
    [
      "Next-Router-Segment-Prefetch: /_tree",
      { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree" },
    ],
    [
      "client copy of x-middleware-override-headers",
      { "x-middleware-override-headers": "cookie", "x-middleware-request-cookie": `${SESSION_COOKIE}=x` },
    ],
    ["client copy of x-middleware-next", { "x-middleware-next": "1" }],
    ["client copy of x-middleware-rewrite", { "x-middleware-rewrite": "/about" }],
    ["client copy of x-invoke-path / x-invoke-status", { "x-invoke-path": "/about", "x-invoke-status": "200" }],
    ["client copy of x-nextjs-data", { "x-nextjs-data": "1" }],
    ["client copy of x-nonce", { "x-nonce": "attacker" }],
  ];
  for (const [name, headers] of headerAttacks) {
    test(`/notifications with ${name} still needs a session`, async () => {
      const response = await seen(await get(base(), "/notifications", headers));
      record({ case: `Header: ${name}`, expected: "307 to /signin", observed: summary(response), asvs: ["V8.2.1"] });
      expectNoProtectedContent(response, name);
      expect(response.location).toMatch(TO_SIGN_IN);
    });
  }

  const paths = [
    "/notifications",
    "/notifications/",
    "/Notifications",
    "/NOTIFICATIONS",
    "/%6Eotifications",
    "/notifications%2F",
    "/messages%2Fusers%2Fworf",
    "/messages/@worf",
    "/messages%2F@worf",
    "/Messages/",
    "//notifications",
    "/notifications;x",
    "/./notifications",
    "/foo/../notifications",
    "/notifications.rsc",
    "/notifications.segments/_tree.segment.rsc",
    "/notifications?nxtPhandle=worf",
    "/messages/users/worf?nxtPhandle=worf",
    "/_next/data/build/notifications.json",
    "/_next/data/build/messages.json?nxtPx=1",
  ];
  for (const path of paths) {
    test(`matcher: ${path} never serves protected content signed out`, async () => {
      const response = await seen(await fetch(`${base()}${path}`, { redirect: "manual" }));
      record({
        case: `Path: ${path}`,
        expected: "307 to /signin, 308 to the canonical path, or 404",
        observed: summary(response),
        asvs: ["V8.2.1"],
      });
      expectNoProtectedContent(response, path);
      if (response.status === 307 && response.location) expect(response.location).toMatch(TO_SIGN_IN);
    });
  }
});
