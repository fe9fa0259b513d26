import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startRedisServer, type RedisServer } from "../../tests/stack/redis-server";
import { LocalFallbackStore } from "./local-fallback";
import { MemoryStore } from "./memory-store";
import { RedisStore } from "./redis-store";
import { SharedStoreError } from "./shared-store";

const TIMEOUT_MS = 500;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How a failing call ended, and how long it took to. */
async function failure(call: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  const error = await call.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  return { error, ms: performance.now() - started };
}

/** Milliseconds until `store` answers again. */
async function recovery(store: RedisStore): Promise<number> {
  const started = performance.now();
  await expect
    .poll(
      () =>
        store.get("probe").then(
          () => true,
          () => false,
        ),
      { interval: 10, timeout: 5_000 },
    )
    .toBe(true);
  return performance.now() - started;
}

let redis: RedisServer;
let store: RedisStore;

beforeEach(async () => {
  redis = await startRedisServer();
  store = new RedisStore(redis.url, TIMEOUT_MS);
  await store.set("warm", "1", 60_000);
});

afterEach(async () => {
  store.close();
  await redis.close();
});

describe("RedisStore when Redis fails", { timeout: 15_000 }, () => {
  it("stopped: every command fails at once with a SharedStoreError, and the local fallback counts and logs once", async () => {
    await redis.stop();
    const calls = await Promise.all(Array.from({ length: 20 }, () => failure(store.get("warm"))));
    for (const { error, ms } of calls) {
      expect(error).toBeInstanceOf(SharedStoreError);
      expect(error).toMatchObject({ reason: "unavailable" });
      expect(ms).toBeLessThan(1_000);
    }

    const reports: SharedStoreError[] = [];
    const limits = new LocalFallbackStore(store, new MemoryStore(), (error) => reports.push(error));
    const counts = [];
    for (let hit = 0; hit < 3; hit += 1) counts.push((await limits.increment("rate-limit:k", 60_000)).count);
    expect(counts).toEqual([1, 2, 3]);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.message).toMatch(/^Redis unavailable/);
  });

  it("restarted: the same client reconnects by itself within its back-off bound", async () => {
    await redis.stop();
    expect((await failure(store.get("warm"))).error).toBeInstanceOf(SharedStoreError);
    // Long enough for the back-off to reach its one-second ceiling.
    await sleep(2_500);
    await redis.start();
    expect(await recovery(store)).toBeLessThan(5_000);
    expect(await store.get("warm")).toBeNull();
    await store.set("after", "restart", 60_000);
    expect(await store.get("after")).toBe("restart");
  });

  it("slow: commands give up within the timeout, none hangs, and the store recovers when Redis does", async () => {
    await redis.command(["CLIENT", "PAUSE", "1500", "ALL"]);
    const calls = await Promise.all(Array.from({ length: 20 }, () => failure(store.get("warm"))));
    for (const { error, ms } of calls) {
      expect(error).toBeInstanceOf(SharedStoreError);
      expect(error).toMatchObject({ reason: "timeout" });
      expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
      expect(ms).toBeLessThan(TIMEOUT_MS + 1_500);
    }

    const later = await failure(store.increment("rate-limit:k", 60_000));
    expect(later.error).toBeInstanceOf(SharedStoreError);
    expect(later.ms).toBeLessThan(TIMEOUT_MS + 1_500);

    expect(await recovery(store)).toBeLessThan(5_000);
    expect(await store.get("warm")).toBe("1");
  });
});
