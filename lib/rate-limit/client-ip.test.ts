import { describe, expect, it } from "vitest";
import { addressKey, clientIpFrom } from "./client-ip";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientIpFrom", () => {
  it("takes the address npm start recorded when there is no proxy", () => {
    expect(clientIpFrom(headers("127.0.0.1"), 0)).toBe("127.0.0.1");
  });

  it("with no proxy, takes no entry of a chain: the client wrote at least part of it", () => {
    expect(clientIpFrom(headers("6.6.6.6, 203.0.113.5"), 0)).toBe("unknown");
    expect(clientIpFrom(headers("6.6.6.6, 7.7.7.7, 203.0.113.5"), 0)).toBe("unknown");
  });

  it("takes the entry the last trusted proxy appended, ignoring what the client wrote before it", () => {
    expect(clientIpFrom(headers("6.6.6.6, 203.0.113.5"), 1)).toBe("203.0.113.5");
    expect(clientIpFrom(headers("6.6.6.6, 203.0.113.5, 10.0.0.2"), 2)).toBe("203.0.113.5");
  });

  it("falls back to the leftmost entry when there are fewer entries than proxies", () => {
    expect(clientIpFrom(headers("203.0.113.5"), 3)).toBe("203.0.113.5");
  });

  it("reads repeated headers, which Headers joins with commas", () => {
    const repeated = new Headers([
      ["x-forwarded-for", "6.6.6.6"],
      ["x-forwarded-for", "203.0.113.5"],
    ]);
    expect(clientIpFrom(repeated, 1)).toBe("203.0.113.5");
  });

  it("has one shared key for requests without an address, and one for garbage", () => {
    expect(clientIpFrom(headers(), 1)).toBe("unknown");
    expect(clientIpFrom(headers(" , "), 1)).toBe("unknown");
    expect(clientIpFrom(headers("<script>"), 1)).toBe("invalid");
    expect(clientIpFrom(headers("x".repeat(10_000)), 1)).toBe("invalid");
  });
});

describe("addressKey", () => {
  it.each([
    ["203.0.113.5", "203.0.113.5"],
    ["203.0.113.5:51234", "203.0.113.5"],
    ["::ffff:203.0.113.5", "203.0.113.5"],
    ["[::1]:3000", "0:0:0:0::/64"],
    ["2001:DB8:aa:bb:1:2:3:4", "2001:db8:aa:bb::/64"],
    ["2001:db8:aa:bb::9", "2001:db8:aa:bb::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["999.1.1.1", "invalid"],
  ])("%s counts as %s", (raw, key) => {
    expect(addressKey(raw)).toBe(key);
  });

  it("puts every address of one IPv6 /64 under one key", () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe(addressKey("2001:db8:1:2:ffff:ffff:ffff:ffff"));
    expect(addressKey("2001:db8:1:2::1")).not.toBe(addressKey("2001:db8:1:3::1"));
  });
});
