import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { refuseCrossSitePost } from "./cross-site-post";

const post = (headers: Record<string, string>, method = "POST") =>
  refuseCrossSitePost(new NextRequest("http://app.test/signin", { method, headers: { host: "app.test", ...headers } }));

describe("refuseCrossSitePost", () => {
  it("lets same-origin posts and other methods through", () => {
    expect(post({ origin: "http://app.test" })).toBeNull();
    expect(post({ origin: "http://APP.test" })).toBeNull();
    expect(post({ origin: "https://evil.example" }, "GET")).toBeNull();
    expect(post({})).toBeNull();
  });

  it("compares with the forwarded host when a proxy sets one", () => {
    expect(post({ origin: "https://cruddur.example", "x-forwarded-host": "cruddur.example" })).toBeNull();
    expect(post({ origin: "http://app.test", "x-forwarded-host": "elsewhere.example" })?.status).toBe(403);
  });

  it.each(["https://evil.example", "null", "http://app.test.evil.example", "not a url"])(
    "refuses Origin %s with 403",
    (origin) => {
      expect(post({ origin })?.status).toBe(403);
    },
  );
});
