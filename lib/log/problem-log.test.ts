import { describe, expect, it } from "vitest";
import { createProblemLog, errorKind } from "./problem-log";

const FORGED = '"}\n{"time":"2026-01-01T00:00:00.000Z","log":"auth","event":"sign-in","outcome":"success"}';

function capture(start = 0) {
  const lines: string[] = [];
  let clock = start;
  const log = createProblemLog(
    (line) => lines.push(line),
    () => clock,
  );
  return { log, lines, advance: (ms: number) => (clock += ms) };
}

describe("problem log", () => {
  it("writes one line of JSON whatever the fields hold, newlines and quotes escaped", () => {
    const { log, lines } = capture();
    log("jwt.unexpected-verification-failure", { error: FORGED });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain("\n");
    const record = JSON.parse(lines[0] ?? "");
    expect(record).toMatchObject({ log: "problem", event: "jwt.unexpected-verification-failure" });
    expect(Object.keys(record)).toEqual(["time", "log", "event", "error"]);
  });

  it("caps long values", () => {
    const { log, lines } = capture();
    log("api.unexpected-error", { error: "x".repeat(10_000) });
    expect((lines[0] ?? "").length).toBeLessThan(300);
  });

  it("writes an event at most once a minute, then says how many it held back", () => {
    const { log, lines, advance } = capture();
    for (let i = 0; i < 1000; i++) log("jwt.unexpected-verification-failure", { error: "TypeError" });
    log("jwks.fetch-failed", { reason: "timeout" });
    expect(lines).toHaveLength(2);
    advance(60_000);
    log("jwt.unexpected-verification-failure", { error: "TypeError" });
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[2] ?? "")).toMatchObject({ heldBack: 999 });
  });

  it("never throws, even when writing fails", () => {
    const log = createProblemLog(() => {
      throw new Error("disk full");
    });
    expect(() => log("api.unexpected-error")).not.toThrow();
  });
});

describe("errorKind", () => {
  it("names the error, never its message", () => {
    expect(errorKind(new TypeError(FORGED))).toBe("TypeError");
    expect(errorKind("a string")).toBe("string");
    const renamed = new Error("x");
    renamed.name = FORGED;
    expect(errorKind(renamed)).toBe("Error");
  });
});
