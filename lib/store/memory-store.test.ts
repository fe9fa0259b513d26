import { describe, expect, it } from "vitest";
import { MemoryStore } from "./memory-store";
import { describeSharedStore } from "./shared-store.contract";

function fakeClock() {
  let now = 1_000_000;
  return { now: () => now, advance: async (ms: number) => void (now += ms) };
}

describeSharedStore("MemoryStore", async () => {
  const clock = fakeClock();
  return { store: new MemoryStore(1_000, clock.now), advance: clock.advance };
});

describe("MemoryStore bounds", () => {
  it("drops the oldest written keys past its capacity", async () => {
    const store = new MemoryStore(3);
    for (const key of ["a", "b", "c", "d"]) await store.set(key, key, 60_000);
    expect(store.size).toBe(3);
    expect(await store.get("a")).toBeNull();
    expect(await store.get("d")).toBe("d");
  });
});
