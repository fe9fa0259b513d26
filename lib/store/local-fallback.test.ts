import { describe, expect, it } from "vitest";
import { LocalFallbackStore } from "./local-fallback";
import { MemoryStore } from "./memory-store";
import { SharedStoreError, type SharedStore } from "./shared-store";

/** A shared store whose every operation fails with `error` while `state.failing` is on. */
function flakyStore(error: Error): { store: SharedStore; state: { failing: boolean } } {
  const healthy = new MemoryStore();
  const state = { failing: false };
  const guard = <T>(run: () => Promise<T>) => (state.failing ? Promise.reject(error) : run());
  const store: SharedStore = {
    get: (key) => guard(() => healthy.get(key)),
    getMany: (keys) => guard(() => healthy.getMany(keys)),
    set: (key, value, ttlMs) => guard(() => healthy.set(key, value, ttlMs)),
    setIfAbsent: (key, value, ttlMs) => guard(() => healthy.setIfAbsent(key, value, ttlMs)),
    replaceIf: (key, expected, value, ttlMs) => guard(() => healthy.replaceIf(key, expected, value, ttlMs)),
    delete: (keys) => guard(() => healthy.delete(keys)),
    deleteIf: (key, expected) => guard(() => healthy.deleteIf(key, expected)),
    increment: (key, windowMs) => guard(() => healthy.increment(key, windowMs)),
    addMember: (setKey, member, ttlMs) => guard(() => healthy.addMember(setKey, member, ttlMs)),
    removeMember: (setKey, member) => guard(() => healthy.removeMember(setKey, member)),
    members: (setKey) => guard(() => healthy.members(setKey)),
  };
  return { store, state };
}

function setup(error: Error = new SharedStoreError("Redis unavailable: The client is offline", "unavailable")) {
  let now = 1_000_000;
  const shared = flakyStore(error);
  const local = new MemoryStore();
  const reports: SharedStoreError[] = [];
  const store = new LocalFallbackStore(
    shared.store,
    local,
    (e) => reports.push(e),
    () => now,
  );
  return { store, local, shared: shared.state, reports, advance: (ms: number) => (now += ms) };
}

describe("LocalFallbackStore", () => {
  it("uses the shared store while it answers", async () => {
    const { store, local, reports } = setup();
    await store.set("k", "shared", 60_000);
    expect(await store.get("k")).toBe("shared");
    expect(await local.get("k")).toBeNull();
    expect(reports).toEqual([]);
  });

  it("counts in this process while the shared store fails, reporting at most once a minute", async () => {
    const { store, shared, reports, advance } = setup();
    shared.failing = true;
    expect((await store.increment("k", 60_000)).count).toBe(1);
    expect((await store.increment("k", 60_000)).count).toBe(2);
    expect(await store.setIfAbsent("cooldown", "1", 60_000)).toBe(true);
    expect(reports).toHaveLength(1);
    advance(59_999);
    await store.increment("k", 120_000);
    expect(reports).toHaveLength(1);
    advance(1);
    await store.increment("k", 120_000);
    expect(reports).toHaveLength(2);
  });

  it("goes back to the shared store as soon as it answers again", async () => {
    const { store, shared } = setup();
    shared.failing = true;
    await store.increment("k", 60_000);
    shared.failing = false;
    expect((await store.increment("k", 60_000)).count).toBe(1);
  });

  it("does not hide a bug: only SharedStoreError falls back", async () => {
    const { store, shared, reports } = setup(new TypeError("cannot read properties of undefined"));
    shared.failing = true;
    await expect(store.increment("k", 60_000)).rejects.toThrow(TypeError);
    expect(reports).toEqual([]);
  });
});
