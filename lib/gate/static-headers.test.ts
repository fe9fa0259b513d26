import { describe, expect, it } from "vitest";
import { staticSecurityHeaders } from "./static-headers";

const asRecord = (isProduction: boolean) =>
  Object.fromEntries(staticSecurityHeaders(isProduction).map(({ key, value }) => [key, value]));

describe("staticSecurityHeaders", () => {
  it("forbids sniffing and framing, keeps paths out of referrers and pins HTTPS in production", () => {
    expect(asRecord(true)).toEqual({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
      "Cross-Origin-Opener-Policy": "same-origin",
      "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    });
  });

  it("sends no HSTS outside production, where the site is plain http on localhost", () => {
    expect(asRecord(false)).not.toHaveProperty("Strict-Transport-Security");
    expect(asRecord(false)).toHaveProperty("X-Frame-Options", "DENY");
  });
});
