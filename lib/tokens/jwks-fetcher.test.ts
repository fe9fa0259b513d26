import { afterEach, describe, expect, it, vi } from "vitest";
import { JWKS_MAX_AGE_MS, JWKS_TIMEOUT_MS, JwksFetcher } from "./jwks-fetcher";

const URL = "http://127.0.0.1:9/pool/.well-known/jwks.json";

afterEach(() => vi.unstubAllGlobals());

function hangingFetch() {
  return vi.fn(
    (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
      ),
  );
}

describe("JwksFetcher", () => {
  it("fails closed within the timeout when the JWKS hangs, then cools down without fetching", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const fetchMock = hangingFetch();
    vi.stubGlobal("fetch", fetchMock);
    const fetcher = new JwksFetcher(URL);
    const started = Date.now();
    await expect(fetcher.fetch()).rejects.toBeDefined();
    expect(Date.now() - started).toBeLessThan(JWKS_TIMEOUT_MS + 1_000);
    await expect(fetcher.fetch()).rejects.toThrow(/cooling down/);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  }, 10_000);

  it("refuses non-200 answers and oversized bodies", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("nope", { status: 500 })),
    );
    await expect(new JwksFetcher(URL).fetch()).rejects.toThrow(/500/);
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("x".repeat(100_000), { status: 200 })),
    );
    await expect(new JwksFetcher(URL).fetch()).rejects.toThrow(/too large/);
  });

  it("always fetches its own URL", async () => {
    const fetchMock = vi.fn(async () => new Response("{}", { status: 200 }));
    vi.stubGlobal("fetch", fetchMock);
    await new JwksFetcher(URL).fetch();
    expect(fetchMock.mock.calls[0]).toEqual([URL, expect.objectContaining({ redirect: "error" })]);
  });

  it.each([
    [undefined, JWKS_MAX_AGE_MS],
    ["no-store", JWKS_MAX_AGE_MS],
    ["public, max-age=60", 60_000],
    ["max-age=1", 10_000],
    ["max-age=86400, must-revalidate", JWKS_MAX_AGE_MS],
  ])("keeps keys served with Cache-Control %s for %i ms", async (cacheControl, maxAgeMs) => {
    const headers: Record<string, string> = cacheControl ? { "cache-control": cacheControl } : {};
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("{}", { status: 200, headers })),
    );
    const fetcher = new JwksFetcher(URL);
    await fetcher.fetch();
    expect(fetcher.maxAgeMs).toBe(maxAgeMs);
  });
});
