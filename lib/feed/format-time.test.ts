import { describe, expect, it } from "vitest";
import { formatCreatedAt, formatExpiresIn } from "./format-time";
import { DAY_MS, HOUR_MS, MINUTE_MS, shift } from "./time";

const now = new Date("2025-06-15T12:00:00.000Z");

describe("formatCreatedAt", () => {
  it("shows minutes under an hour", () => {
    expect(formatCreatedAt(shift(now, -3 * MINUTE_MS), now)).toBe("3m ago");
  });

  it("shows hours under a day, including exactly one hour", () => {
    expect(formatCreatedAt(shift(now, -HOUR_MS), now)).toBe("1h ago");
    expect(formatCreatedAt(shift(now, -2 * HOUR_MS - 59 * MINUTE_MS), now)).toBe("2h ago");
  });

  it("shows a date once older than a day", () => {
    expect(formatCreatedAt(shift(now, -2 * DAY_MS), now)).toBe("Jun 13");
    expect(formatCreatedAt("2024-12-30T10:00:00.000Z", now)).toBe("Dec 30, 2024");
  });

  it("says just now for the first minute", () => {
    expect(formatCreatedAt(now.toISOString(), now)).toBe("just now");
  });
});

describe("formatExpiresIn", () => {
  it("uses days, hours then minutes", () => {
    expect(formatExpiresIn(shift(now, 5 * DAY_MS), now)).toBe("5d");
    expect(formatExpiresIn(shift(now, 12 * HOUR_MS), now)).toBe("12h");
    expect(formatExpiresIn(shift(now, 30 * MINUTE_MS), now)).toBe("30m");
  });

  it("has no gaps at the unit boundaries", () => {
    expect(formatExpiresIn(shift(now, DAY_MS), now)).toBe("1d");
    expect(formatExpiresIn(shift(now, HOUR_MS), now)).toBe("1h");
    expect(formatExpiresIn(shift(now, 20_000), now)).toBe("1m");
  });

  it("marks past expiry", () => {
    expect(formatExpiresIn(shift(now, -MINUTE_MS), now)).toBe("expired");
  });
});
