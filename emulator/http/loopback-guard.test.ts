import { describe, expect, it } from "vitest";
import { isLoopbackHost, isLoopbackOrigin } from "./loopback-guard";

describe("loopback names", () => {
  it("accept the three loopback hosts, with or without a port", () => {
    for (const host of ["127.0.0.1", "127.0.0.1:9229", "localhost", "LocalHost:3000", "[::1]", "[::1]:9229"]) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
  });

  it("refuse names that only start or end like one, and missing hosts", () => {
    for (const host of [
      "127.0.0.1.nip.io",
      "localhost.evil.example",
      "evil.localhost",
      "127.0.0.1:80@evil",
      "::1",
      "",
    ]) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
    expect(isLoopbackHost(undefined)).toBe(false);
  });

  it("accept http and https loopback origins only", () => {
    expect(isLoopbackOrigin("http://localhost:3000")).toBe(true);
    expect(isLoopbackOrigin("https://[::1]:8443")).toBe(true);
    for (const origin of [
      "null",
      "https://evil.example",
      "http://127.0.0.1.nip.io",
      "file:///tmp",
      "chrome-extension://x",
    ]) {
      expect(isLoopbackOrigin(origin), origin).toBe(false);
    }
  });
});
