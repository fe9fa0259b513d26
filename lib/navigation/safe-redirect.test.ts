import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-redirect";

describe("safeNextPath", () => {
  it.each([
    "/",
    "/notifications",
    "/messages/@andrewbrown",
    "/@andrewbrown?tab=replies#top",
    "/search?q=a%20b",
    "/caf%C3%A9",
    "/a/b/../c",
  ])("keeps %s", (path) => expect(safeNextPath(path)).toBe(path));

  it.each([
    ["protocol-relative", "//evil.com"],
    ["triple slash", "///evil.com"],
    ["backslash", "/\\evil.com"],
    ["double backslash", "\\\\evil.com"],
    ["backslash later", "/a\\b"],
    ["absolute URL", "https://evil.com"],
    ["scheme without slashes", "https:evil.com"],
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["relative without slash", "evil.com"],
    ["encoded slashes", "/%2F%2Fevil.com"],
    ["encoded first slash", "%2F%2Fevil.com"],
    ["lower-case encoding", "/%2f%2fevil.com"],
    ["encoded backslash", "/%5Cevil.com"],
    ["double-encoded slashes", "/%252F%252Fevil.com"],
    ["triple-encoded slashes", "/%25252F%25252Fevil.com"],
    ["malformed encoding", "/%E0%A4%A"],
    ["tab", "/\t/evil.com"],
    ["leading tab", "\t//evil.com"],
    ["CR", "/\r/evil.com"],
    ["LF", "/\n/evil.com"],
    ["encoded tab", "/%09/evil.com"],
    ["encoded LF", "/%0A/evil.com"],
    ["leading space", " //evil.com"],
    ["trailing space", "/notifications "],
    ["NUL", "/\u0000/evil.com"],
    ["DEL", "/\u007f"],
    ["non-breaking space", "/\u00a0/evil.com"],
    ["line separator", "/\u2028/evil.com"],
    ["ideographic space", "/\u3000/evil.com"],
    ["BOM", "\ufeff//evil.com"],
    ["empty", ""],
    ["over 2 KB", `/${"a".repeat(2048)}`],
    ["10 KB", `/${"a".repeat(10 * 1024)}`],
  ])("refuses %s", (_label, value) => expect(safeNextPath(value)).toBe("/"));

  it.each([[undefined], [null], [42], [["/notifications"]], [{ toString: () => "/x" }]])(
    "refuses non-string %j",
    (value) => {
      expect(safeNextPath(value)).toBe("/");
    },
  );
});

describe("non-ASCII paths", () => {
  it("percent-encodes them, since a Location header must be ASCII", () => {
    expect(safeNextPath("/\u2215evil.example")).toBe("/%E2%88%95evil.example");
    expect(safeNextPath("/@jos\u00e9?tab=caf\u00e9")).toBe("/@jos%C3%A9?tab=caf%C3%A9");
  });
});
