import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeadersFor } from "./security-headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("allows scripts only by nonce in production: no unsafe-inline, no unsafe-eval", () => {
    const csp = directives(contentSecurityPolicy("abc123", true));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'nonce-abc123'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(contentSecurityPolicy("abc123", true)).not.toMatch(/unsafe/);
  });

  it("lets next dev's tooling eval and inject styles, and nothing else changes", () => {
    const csp = directives(contentSecurityPolicy("abc123", false));
    expect(csp.get("script-src")).toContain("'unsafe-eval'");
    expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe("securityHeadersFor", () => {
  const request = (headers: Record<string, string>) => ({ headers: new Headers(headers) });

  it("replaces client-sent copies of the internal request headers with this request's nonce", () => {
    const { requestHeaders } = securityHeadersFor(
      request({
        "x-nonce": "attacker",
        "content-security-policy": "script-src 'nonce-attacker'",
        "content-security-policy-report-only": "x",
        accept: "text/html",
      }),
      true,
    );
    const nonce = requestHeaders.get("x-nonce");
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonce).not.toBe("attacker");
    expect(requestHeaders.get("content-security-policy")).toContain(`'nonce-${nonce}'`);
    expect(requestHeaders.has("content-security-policy-report-only")).toBe(false);
    expect(requestHeaders.get("accept")).toBe("text/html");
  });

  it("uses a fresh nonce for every request", () => {
    const nonces = new Set(
      Array.from({ length: 50 }, () => securityHeadersFor(request({}), true).requestHeaders.get("x-nonce")),
    );
    expect(nonces.size).toBe(50);
  });

  it("puts the same policy on the response, and no-store", () => {
    const security = securityHeadersFor(request({}), true);
    const response = security.apply(new Response("ok"));
    expect(response.headers.get("content-security-policy")).toBe(
      security.requestHeaders.get("content-security-policy"),
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
