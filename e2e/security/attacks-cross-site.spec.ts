import { expect, test } from "@playwright/test";
import { createConfirmedUser } from "../support/emulator";
import { stack } from "../support/stack";
import { SESSION_COOKIE, submitForm } from "./support/app";
import { record } from "./support/record";
import { expectNoCrash, seen, summary } from "./support/responses";

const base = () => stack().main.url;

async function signInWith(headers: Record<string, string>) {
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

const outcome = (response: Awaited<ReturnType<typeof signInWith>>) =>
  `${summary(response)}${response.sessionSet ? ", session set" : ", no session"}`;

test.describe("cross-site form posts without a usable Origin", () => {
  const refused: [string, () => Record<string, string>][] = [
    ["no Origin, Sec-Fetch-Site: cross-site", () => ({ origin: "", "sec-fetch-site": "cross-site" })],
    [
      "no Origin, Sec-Fetch-Site: same-site (a sibling subdomain)",
      () => ({ origin: "", "sec-fetch-site": "same-site" }),
    ],
    [
      "Origin with the right host but https:// for this http:// site",
      () => ({ origin: base().replace("http:", "https:") }),
    ],
    [
      "same Origin, but Sec-Fetch-Site: cross-site",
      () => ({ origin: new URL(base()).origin, "sec-fetch-site": "cross-site" }),
    ],
  ];
  for (const [name, headers] of refused) {
    test(`sign-in refuses ${name}`, async () => {
      const response = await signInWith(headers());
      record({
        case: `Cross-site POST: ${name}`,
        expected: "403 with a plain message, no session set",
        observed: outcome(response),
        asvs: ["V3.5.1", "V3.5.3"],
      });
      expectNoCrash(response, name);
      expect(response.status).toBe(403);
      expect(response.sessionSet).toBe(false);
    });
  }

  const accepted: [string, Record<string, string>][] = [
    ["no Origin, Sec-Fetch-Site: same-origin", { origin: "", "sec-fetch-site": "same-origin" }],
    ["no Origin, Sec-Fetch-Site: none (typed by the user)", { origin: "", "sec-fetch-site": "none" }],
  ];
  for (const [name, headers] of accepted) {
    test(`sign-in accepts ${name}`, async () => {
      const response = await signInWith(headers);
      record({
        case: `Cross-site POST: ${name}`,
        expected: "processed: 303 with a session",
        observed: outcome(response),
        asvs: ["V3.5.1", "V3.5.3"],
      });
      expectNoCrash(response, name);
      expect(response.status).toBe(303);
      expect(response.sessionSet).toBe(true);
    });
  }
});
