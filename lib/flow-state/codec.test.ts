import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createFlowCodec, flowCookieName } from "./codec";

const SECRET = "1.J4UAIVSQCWV1qyZCxa2tzXVWj05mvc8AQrknwOTsmfk";
const NEW_SECRET = "2.Tq-D9awHKfYbnWc2Ovlk3CvsMECrXSAFawQonkV0VHw";
const codec = createFlowCodec("recovery", z.object({ step: z.enum(["reset", "done"]), email: z.string() }), 60);

afterEach(() => vi.useRealTimers());

describe("flow codec", () => {
  it("round-trips a value without showing it in clear", async () => {
    const sealed = await codec.seal({ step: "reset", email: "lore@cruddur.test" }, [SECRET]);
    expect(sealed).not.toContain("lore");
    await expect(codec.unseal(sealed, [SECRET])).resolves.toEqual({ step: "reset", email: "lore@cruddur.test" });
  });

  it("expires with its ttl", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const sealed = await codec.seal({ step: "reset", email: "a@b.test" }, [SECRET]);
    vi.advanceTimersByTime(61_000);
    await expect(codec.unseal(sealed, [SECRET])).resolves.toBeNull();
  });

  it("honours a shorter ttl for one write", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const sealed = await codec.seal({ step: "done", email: "a@b.test" }, [SECRET], 5);
    vi.advanceTimersByTime(6_000);
    await expect(codec.unseal(sealed, [SECRET])).resolves.toBeNull();
  });

  it("refuses tampered, foreign and misshapen seals", async () => {
    const sealed = await codec.seal({ step: "reset", email: "a@b.test" }, [SECRET]);
    await expect(codec.unseal(`${sealed.slice(0, 40)}x${sealed.slice(41)}`, [SECRET])).resolves.toBeNull();
    await expect(codec.unseal(sealed, [NEW_SECRET])).resolves.toBeNull();
    await expect(codec.unseal("garbage", [SECRET])).resolves.toBeNull();
    const other = await createFlowCodec("x", z.object({ step: z.string() }), 60).seal({ step: "hacked" }, [SECRET]);
    await expect(codec.unseal(other, [SECRET])).resolves.toBeNull();
  });

  it("still reads seals made with the previous secret after a rotation", async () => {
    const sealed = await codec.seal({ step: "reset", email: "a@b.test" }, [SECRET]);
    await expect(codec.unseal(sealed, [NEW_SECRET, SECRET])).resolves.toEqual({ step: "reset", email: "a@b.test" });
  });

  it("uses a __Host- name in production", () => {
    expect(flowCookieName("challenge", true)).toBe("__Host-cruddur-challenge");
    expect(flowCookieName("challenge", false)).toBe("cruddur-challenge");
  });
});
