import type { Page } from "@playwright/test";
import { expect, signInThroughForm, test } from "./support/fixtures";

const PUBLIC_PAGES = ["/", "/signin", "/signup", "/forgot", "/about", "/@andrewbrown", "/no-such-page"];
const MEMBER_PAGES = ["/", "/notifications", "/messages", "/messages/@worf"];

/** Every CSP violation the page reports, from the DOM event and from the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** React hydrated the document, which needs the RSC payload that the nonce'd inline scripts carry. */
async function expectHydrated(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const flight = (self as unknown as { __next_f?: unknown }).__next_f;
        return Array.isArray(flight) && Object.keys(document.body).some((key) => key.startsWith("__reactFiber"));
      }),
    )
    .toBe(true);
}

async function expectStrictHeaders(page: Page, path: string) {
  const response = await page.goto(path);
  const headers = response?.headers() ?? {};
  const csp = headers["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, `${path} has a nonce in its CSP`).toBeTruthy();
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  const scriptNonces = await page
    .locator("script")
    .evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
}

test.describe("security headers and CSP in the browser", () => {
  test("public pages hydrate under the CSP with no violation", async ({ page }) => {
    const violations = await watchViolations(page);
    for (const path of PUBLIC_PAGES) {
      await expectStrictHeaders(page, path);
      await expectHydrated(page);
    }
    expect(violations).toEqual([]);
  });

  test("signing in, member pages, client navigation and signing out raise no violation", async ({ page, user }) => {
    const violations = await watchViolations(page);
    await signInThroughForm(page, user);
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Notifications" }),
    ).toBeVisible();
    for (const path of MEMBER_PAGES) {
      await expectStrictHeaders(page, path);
      await expectHydrated(page);
    }
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Notifications" }).click();
    await expect(page).toHaveURL(/\/notifications$/);
    await page.locator("summary").filter({ hasText: "Account menu" }).click();
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Join the party!" })).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test.describe("security headers over HTTP", () => {
  test("a client-sent nonce or CSP request header is replaced, never echoed into the page", async ({ request }) => {
    const response = await request.get("/signin", {
      headers: { "x-nonce": "attacker-nonce", "content-security-policy": "script-src 'nonce-attacker-nonce'" },
    });
    const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
    const html = await response.text();
    expect(nonce).toBeTruthy();
    expect(nonce).not.toBe("attacker-nonce");
    expect(html).not.toContain("attacker-nonce");
    expect(html).toContain(`nonce="${nonce}"`);
  });

  test("each response gets its own nonce", async ({ request }) => {
    const nonces = await Promise.all(
      [1, 2, 3].map(
        async () => /'nonce-([^']+)'/.exec((await request.get("/")).headers()["content-security-policy"] ?? "")?.[1],
      ),
    );
    expect(new Set(nonces).size).toBe(3);
  });

  for (const path of ["/api/me", "/api/activities/home", "/api/nowhere"]) {
    test(`${path} is never stored by a cache`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.headers()["cache-control"]).toBe("no-store");
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    });
  }

  test("the middleware's own refusals carry the headers that never change", async ({ request }) => {
    const response = await request.post("/signin", {
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      form: { email: "someone@cruddur.test" },
    });
    expect(response.status()).toBe(403);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    expect(response.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  });

  test("static assets, which skip the middleware, get every header that is not per request", async ({ request }) => {
    const response = await request.get("/logo.svg");
    expect(response.status()).toBe(200);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    expect(response.headers()["cross-origin-opener-policy"]).toBe("same-origin");
    expect(response.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  });
});
