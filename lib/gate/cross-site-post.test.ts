import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { refuseCrossSitePost } from "./cross-site-post";

const post = (headers: Record<string, string>, method = "POST", url = "http://app.test/signin") =>
  refuseCrossSitePost(new NextRequest(url, { method, headers: { host: new URL(url).host, ...headers } }));

describe("refuseCrossSitePost", () => {
  it("lets same-origin posts, safe methods and callers that are no browser through", () => {
    expect(post({ origin: "http://app.test" })).toBeNull();
    expect(post({ origin: "http://APP.test" })).toBeNull();
    expect(post({ origin: "http://app.test", "sec-fetch-site": "same-origin" })).toBeNull();
    expect(post({ origin: "https://evil.example" }, "GET")).toBeNull();
    expect(post({ "sec-fetch-site": "cross-site" }, "HEAD")).toBeNull();
    expect(post({})).toBeNull();
  });

  it("compares with the forwarded host when a proxy sets one, and with the scheme it saw", () => {
    const behindProxy = "https://internal:3000/signin";
    expect(
      post({ origin: "https://cruddur.example", "x-forwarded-host": "cruddur.example" }, "POST", behindProxy),
    ).toBeNull();
    expect(
      post({ origin: "https://cruddur.example:443", "x-forwarded-host": "cruddur.example" }, "POST", behindProxy),
    ).toBeNull();
    expect(post({ origin: "http://app.test", "x-forwarded-host": "elsewhere.example" })?.status).toBe(403);
  });

  it("refuses an origin with the right host but another scheme", () => {
    expect(post({ origin: "http://app.test" }, "POST", "https://app.test/signin")?.status).toBe(403);
    expect(post({ origin: "https://app.test" })?.status).toBe(403);
    expect(post({ origin: "http://app.test:8080" })?.status).toBe(403);
  });

  it.each(["https://evil.example", "null", "http://app.test.evil.example", "not a url", ""])(
    "refuses Origin %j with 403",
    (origin) => {
      expect(post({ origin })?.status).toBe(403);
    },
  );

  it.each(["cross-site", "same-site", "something-new"])(
    "refuses Sec-Fetch-Site: %s, with or without Origin",
    (site) => {
      expect(post({ "sec-fetch-site": site })?.status).toBe(403);
      expect(post({ "sec-fetch-site": site, origin: "http://app.test" })?.status).toBe(403);
    },
  );

  it("accepts Sec-Fetch-Site: none, a request the user started", () => {
    expect(post({ "sec-fetch-site": "none" })).toBeNull();
  });

  it.each(["PUT", "PATCH", "DELETE"])("checks %s like POST", (method) => {
    expect(post({ origin: "https://evil.example" }, method)?.status).toBe(403);
  });

  it("answers in plain text that says why", async () => {
    const refused = post({ origin: "https://evil.example" });
    expect(refused?.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await refused?.text()).toBe("This form can only be submitted from Cruddur itself.");
  });
});
