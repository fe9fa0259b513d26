import { describe, expect, it } from "vitest";
import { MemoryStore } from "../store/memory-store";
import { fakeClock } from "./__fixtures__/clock";
import { createRevocations } from "./revocation";
import { createSignInRegistry } from "./sign-in-registry";

const MINUTE = 60_000;
const settings = { idleTimeoutMs: 30 * MINUTE, maxAgeMs: 24 * 60 * MINUTE };

function setup() {
  const clock = fakeClock();
  const store = new MemoryStore(10_000, clock.now);
  return {
    clock,
    registry: createSignInRegistry(store, settings, clock.now),
    ended: createRevocations(store, settings, clock.now),
  };
}

const signIn = { sub: "user-1", email: "Ana@Example.com", userAgent: "Mozilla/5.0 Firefox/140" };

describe("the sign-in registry", () => {
  it("holds a sign-in with its start, last activity and browser", async () => {
    const { registry, clock } = setup();
    await registry.record("sid-1", signIn);
    expect(await registry.state("sid-1", "user-1")).toEqual({
      state: "active",
      record: { sub: "user-1", startedAt: clock.now(), userAgent: signIn.userAgent, generation: 0 },
      lastActiveAt: clock.now(),
    });
    expect(await registry.subForEmail("ana@example.com")).toBe("user-1");
  });

  it("keeps a sign-in recorded after a sign-out everywhere in the same millisecond, and ends the earlier one", async () => {
    const { registry, ended } = setup();
    await registry.record("sid-old", signIn);
    await ended.endAllSignIns("user-1");
    await registry.record("sid-new", signIn);
    expect(await registry.state("sid-old", "user-1")).toEqual({ state: "ended" });
    expect((await registry.state("sid-new", "user-1")).state).toBe("active");
  });

  it("refuses a sign-in id presented with another user's sub", async () => {
    const { registry } = setup();
    await registry.record("sid-1", signIn);
    expect(await registry.state("sid-1", "user-2")).toEqual({ state: "ended" });
  });

  it("ends a sign-in left unused for the idle timeout, not one in use", async () => {
    const { registry, clock } = setup();
    await registry.record("idle", signIn);
    await registry.record("busy", signIn);
    for (let i = 0; i < 4; i++) {
      clock.advance(10 * MINUTE);
      const busy = await registry.state("busy", "user-1");
      if (busy.state === "active") await registry.touch("busy", busy.lastActiveAt);
    }
    expect((await registry.state("idle", "user-1")).state).toBe("ended");
    expect((await registry.state("busy", "user-1")).state).toBe("active");
  });

  it("ends every sign-in at its maximum age, however active", async () => {
    const { registry, clock } = setup();
    await registry.record("sid-1", signIn);
    for (let elapsed = 0; elapsed <= settings.maxAgeMs; elapsed += 20 * MINUTE) {
      clock.advance(20 * MINUTE);
      const state = await registry.state("sid-1", "user-1");
      if (state.state === "active") await registry.touch("sid-1", state.lastActiveAt);
    }
    expect((await registry.state("sid-1", "user-1")).state).toBe("ended");
  });

  it("lets one refresh advance a generation; a second with the same record loses", async () => {
    const { registry } = setup();
    const first = await registry.record("sid-1", signIn);
    const [a, b] = await Promise.all([registry.advance("sid-1", first), registry.advance("sid-1", first)]);
    expect([a?.generation, b?.generation].sort()).toEqual([1, undefined]);
    const state = await registry.state("sid-1", "user-1");
    expect(state.state === "active" && state.record.generation).toBe(1);
  });

  it("lists the user's active sign-ins only", async () => {
    const { registry, ended } = setup();
    await registry.record("a", signIn);
    await registry.record("b", { ...signIn, userAgent: "Mobile Safari" });
    await registry.record("c", signIn);
    await ended.endSignIn("c", "user-1", { accessValidityMs: MINUTE, refreshRevoked: true });
    expect((await registry.list("user-1")).map((entry) => entry.sid).sort()).toEqual(["a", "b"]);
  });
});
