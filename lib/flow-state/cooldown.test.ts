import { describe, expect, it } from "vitest";
import { RESEND_COOLDOWN_SECONDS, secondsUntil } from "./cooldown";

describe("resend cooldown", () => {
  it("counts whole seconds up, never below zero", () => {
    expect(secondsUntil(10_000, 0)).toBe(10);
    expect(secondsUntil(10_000, 9_001)).toBe(1);
    expect(secondsUntil(10_000, 10_000)).toBe(0);
    expect(secondsUntil(10_000, 99_000)).toBe(0);
  });

  it("lasts 30 seconds", () => {
    expect(RESEND_COOLDOWN_SECONDS).toBe(30);
  });
});
