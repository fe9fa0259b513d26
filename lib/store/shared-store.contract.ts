import { describe, expect, it } from "vitest";
import type { SharedStore } from "./shared-store";

interface StoreUnderTest {
  store: SharedStore;
  /** Moves time forward by `ms` (a fake clock, or a real wait for a real server). */
  advance(ms: number): Promise<void>;
}

/** The behaviour every SharedStore must have; memory and Redis run the same cases. */
export function describeSharedStore(name: string, make: () => Promise<StoreUnderTest>): void {
  const key = (label: string) => `contract:${label}:${Math.random().toString(36).slice(2)}`;

  describe(`${name}: values`, () => {
    it("reads back what was set, and null for a missing key", async () => {
      const { store } = await make();
      const k = key("value");
      await store.set(k, "one", 60_000);
      expect(await store.get(k)).toBe("one");
      expect(await store.getMany([k, key("missing")])).toEqual(["one", null]);
    });

    it("forgets a key after its TTL", async () => {
      const { store, advance } = await make();
      const k = key("ttl");
      await store.set(k, "one", 200);
      await advance(400);
      expect(await store.get(k)).toBeNull();
    });

    it("sets a key only if absent, and deletes keys", async () => {
      const { store } = await make();
      const k = key("nx");
      expect(await store.setIfAbsent(k, "first", 60_000)).toBe(true);
      expect(await store.setIfAbsent(k, "second", 60_000)).toBe(false);
      expect(await store.get(k)).toBe("first");
      await store.delete([k]);
      expect(await store.setIfAbsent(k, "third", 60_000)).toBe(true);
    });

    it("replaces a value only while it still holds the expected one", async () => {
      const { store } = await make();
      const k = key("cas");
      await store.set(k, "v1", 60_000);
      expect(await store.replaceIf(k, "v0", "v2", 60_000)).toBe(false);
      expect(await store.replaceIf(k, "v1", "v2", 60_000)).toBe(true);
      expect(await store.get(k)).toBe("v2");
      expect(await store.replaceIf(key("absent"), "v1", "v2", 60_000)).toBe(false);
    });

    it("deletes a key only while it holds the expected value", async () => {
      const { store } = await make();
      const k = key("delete-if");
      await store.set(k, "mine", 60_000);
      expect(await store.deleteIf(k, "theirs")).toBe(false);
      expect(await store.get(k)).toBe("mine");
      expect(await store.deleteIf(k, "mine")).toBe(true);
      expect(await store.get(k)).toBeNull();
    });

    it("lets exactly one of many concurrent compare-and-sets win", async () => {
      const { store } = await make();
      const k = key("race");
      await store.set(k, "0", 60_000);
      const wins = await Promise.all(Array.from({ length: 20 }, (_, i) => store.replaceIf(k, "0", `${i + 1}`, 60_000)));
      expect(wins.filter(Boolean)).toHaveLength(1);
    });
  });

  describe(`${name}: counters`, () => {
    it("counts hits in a window opened by the first hit, then starts over", async () => {
      const { store, advance } = await make();
      const k = key("count");
      expect((await store.increment(k, 300)).count).toBe(1);
      const second = await store.increment(k, 300);
      expect(second.count).toBe(2);
      expect(second.resetInMs).toBeGreaterThan(0);
      expect(second.resetInMs).toBeLessThanOrEqual(300);
      await advance(500);
      expect((await store.increment(k, 300)).count).toBe(1);
    });

    it("gives concurrent hits distinct counts", async () => {
      const { store } = await make();
      const k = key("concurrent");
      const counts = await Promise.all(Array.from({ length: 50 }, () => store.increment(k, 60_000)));
      expect(new Set(counts.map((c) => c.count)).size).toBe(50);
    });
  });

  describe(`${name}: sets`, () => {
    it("adds, lists and removes members", async () => {
      const { store } = await make();
      const k = key("set");
      await store.addMember(k, "a", 60_000);
      await store.addMember(k, "b", 60_000);
      expect((await store.members(k)).sort()).toEqual(["a", "b"]);
      await store.removeMember(k, "a");
      expect(await store.members(k)).toEqual(["b"]);
      expect(await store.members(key("none"))).toEqual([]);
    });

    it("forgets a set after its TTL", async () => {
      const { store, advance } = await make();
      const k = key("set-ttl");
      await store.addMember(k, "a", 200);
      await advance(400);
      expect(await store.members(k)).toEqual([]);
    });
  });
}
