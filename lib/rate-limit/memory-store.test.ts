import { describe, expect, it } from "vitest";
import { MemoryStore } from "./memory-store";

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("MemoryStore", () => {
  it("counts hits in a fixed window that starts at the first hit", async () => {
    const time = clock();
    const store = new MemoryStore(100, time.now);
    expect(await store.increment("k", 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
    time.advance(15_000);
    expect(await store.increment("k", 60_000)).toEqual({ count: 2, resetInMs: 45_000 });
    time.advance(44_999);
    expect(await store.increment("k", 60_000)).toEqual({ count: 3, resetInMs: 1 });
  });

  it("starts a new window once the old one has closed", async () => {
    const time = clock();
    const store = new MemoryStore(100, time.now);
    await store.increment("k", 1_000);
    await store.increment("k", 1_000);
    time.advance(1_000);
    expect(await store.increment("k", 1_000)).toEqual({ count: 1, resetInMs: 1_000 });
  });

  it("keeps keys and window lengths apart", async () => {
    const store = new MemoryStore(100, clock().now);
    await store.increment("a", 1_000);
    await store.increment("a", 1_000);
    expect((await store.increment("b", 1_000)).count).toBe(1);
    expect((await store.increment("a", 5_000)).count).toBe(1);
    expect((await store.increment("a", 1_000)).count).toBe(3);
  });

  it("gives concurrent hits distinct counts", async () => {
    const store = new MemoryStore(100, clock().now);
    const counts = await Promise.all(Array.from({ length: 50 }, () => store.increment("k", 1_000)));
    expect(counts.map((c) => c.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it("sweeps closed windows as new hits arrive", async () => {
    const time = clock();
    const store = new MemoryStore(10_000, time.now);
    for (let i = 0; i < 1_000; i += 1) await store.increment(`ip-${i}`, 1_000);
    expect(store.size).toBe(1_000);
    time.advance(1_000);
    await store.increment("late", 1_000);
    expect(store.size).toBe(1);
  });

  it("sweeps each window length on its own schedule", async () => {
    const time = clock();
    const store = new MemoryStore(10_000, time.now);
    await store.increment("long", 3_600_000);
    await store.increment("short", 1_000);
    time.advance(1_000);
    await store.increment("other", 1_000);
    expect(store.size).toBe(2);
    expect((await store.increment("long", 3_600_000)).count).toBe(2);
  });

  it("stays within its cap by dropping the oldest window", async () => {
    const store = new MemoryStore(3, clock().now);
    for (const key of ["a", "b", "c", "d"]) await store.increment(key, 60_000);
    expect(store.size).toBe(3);
    expect((await store.increment("a", 60_000)).count).toBe(1);
    expect((await store.increment("d", 60_000)).count).toBe(2);
  });
});
