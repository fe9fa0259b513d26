import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it, vi } from "vitest";
import { forwardedForFixer, listenAddress, proxyHops, refuseMethod } from "../../scripts/start.mjs";

const request = (xff?: string, remoteAddress = "203.0.113.9") =>
  ({ headers: xff === undefined ? {} : { "x-forwarded-for": xff }, socket: { remoteAddress } }) as IncomingMessage;

describe("listenAddress", () => {
  it("reads -p/--port and -H/--hostname like next start, else PORT and HOST, else 3000 on every interface", () => {
    expect(listenAddress([], {})).toEqual({ port: 3000, host: undefined });
    expect(listenAddress([], { PORT: "8080", HOST: "127.0.0.1" })).toEqual({ port: 8080, host: "127.0.0.1" });
    expect(listenAddress(["-p", "4000", "-H", "::1"], { PORT: "8080" })).toEqual({ port: 4000, host: "::1" });
    expect(listenAddress(["--port=4001", "--hostname", "0.0.0.0"], {})).toEqual({ port: 4001, host: "0.0.0.0" });
  });

  it("refuses a port that is not one", () => {
    expect(() => listenAddress(["-p", "http"], {})).toThrow(/Not a port: http/);
    expect(() => listenAddress([], { PORT: "70000" })).toThrow(/Not a port/);
  });
});

describe("proxyHops", () => {
  it("reads TRUSTED_PROXY_HOPS as the app does, and trusts no header when it is unset or unreadable", () => {
    expect(proxyHops("2")).toBe(2);
    expect(proxyHops(" 1 ")).toBe(1);
    for (const text of [undefined, "", "one", "-1", "10"]) expect(proxyHops(text)).toBe(0);
  });
});

describe("forwardedForFixer", () => {
  it("with no trusted proxy, replaces what the client sent with the socket's address and warns once", () => {
    const warn = vi.fn();
    const fix = forwardedForFixer(0, warn);
    for (const sent of ["10.0.0.1", "10.0.0.2, 192.0.2.7", undefined]) {
      const req = request(sent);
      fix(req);
      expect(req.headers["x-forwarded-for"]).toBe("203.0.113.9");
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/TRUSTED_PROXY_HOPS/);
    expect(warn.mock.calls[0]?.[0]).not.toMatch(/10\.0\.0/);
  });

  it("with trusted proxies, keeps their chain as it is", () => {
    const warn = vi.fn();
    const req = request("198.51.100.4, 10.0.0.2");
    forwardedForFixer(2, warn)(req);
    expect(req.headers["x-forwarded-for"]).toBe("198.51.100.4, 10.0.0.2");
    expect(warn).not.toHaveBeenCalled();
  });
});

describe("refuseMethod", () => {
  const answer = (method: string) => {
    const res = { writeHead: vi.fn(), end: vi.fn() };
    const refused = refuseMethod({ method } as IncomingMessage, res as unknown as ServerResponse);
    return { refused, status: res.writeHead.mock.calls[0]?.[0] };
  };

  it.each(["TRACE", "TRACK", "CONNECT", "PROPFIND", "M-SEARCH"])("answers %s with 405", (method) => {
    expect(answer(method)).toEqual({ refused: true, status: 405 });
  });

  it.each(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"])("passes %s on to Next.js", (method) => {
    expect(answer(method)).toEqual({ refused: false, status: undefined });
  });
});
