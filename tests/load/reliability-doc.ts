import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { FAULT_CASES, FAULT_RESULTS_DIR, type FaultCaseId } from "../security-doc/fault-cases";
import type { ScenarioResult } from "./tally";

export const DOC_PATH = "docs/reliability.md";
const NOT_OBSERVED = "not observed in this run (the test failed or did not run)";

export const passed = (result: ScenarioResult) => result.errors === 0 && result.lostSessions === 0 && result.total > 0;

const cell = (text: string) => text.replace(/\|/g, "\\|");

export function loadSection(results: readonly ScenarioResult[], when: Date): string {
  const rows = results.map((r) =>
    [
      r.name,
      r.check,
      r.total,
      r.successes,
      r.rejections,
      r.errors,
      r.lostSessions,
      `${Math.round(r.p95Ms)} ms`,
      `${r.seconds.toFixed(1)} s`,
      passed(r) ? "pass" : "FAIL",
    ]
      .map((value) => cell(String(value)))
      .join(" | "),
  );
  return [
    `Last run: ${when.toISOString().slice(0, 16).replace("T", " ")} UTC, \`next start\` and the in-memory emulator on loopback.`,
    "",
    "| Scenario | Requirement | Requests | Successes | Expected rejections | Errors | Lost sessions | p95 | Duration | Result |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row} |`),
  ].join("\n");
}

/** The fault rows from the observations the fault tests recorded since `since`, or null when there are none. */
export function faultSection(since: number): string | null {
  const fresh = existsSync(FAULT_RESULTS_DIR)
    ? readdirSync(FAULT_RESULTS_DIR).filter((file) => statSync(join(FAULT_RESULTS_DIR, file)).mtimeMs >= since)
    : [];
  if (fresh.length === 0) return null;
  const observed = new Map<string, string>();
  for (const file of fresh) {
    const { id, observed: text } = JSON.parse(readFileSync(join(FAULT_RESULTS_DIR, file), "utf8")) as {
      id: string;
      observed: string;
    };
    observed.set(id, text);
  }
  const rows = (Object.keys(FAULT_CASES) as FaultCaseId[]).map((id) => {
    const { fault, expected, spec } = FAULT_CASES[id];
    return `| ${cell(fault)} | ${cell(expected)} | ${cell(observed.get(id) ?? NOT_OBSERVED)} | \`e2e/security/${spec}.spec.ts\` |`;
  });
  return ["| Fault | Expected | Observed | Test |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

export function replaceSection(doc: string, name: "faults" | "load", body: string): string {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const start = doc.indexOf(begin);
  const stop = doc.indexOf(end);
  if (start < 0 || stop < start) throw new Error(`${DOC_PATH} has no ${begin} … ${end} section`);
  return `${doc.slice(0, start + begin.length)}\n${body}\n${doc.slice(stop)}`;
}

/** What must not change between runs: everything but numbers (counts, timings, dates). */
export const structureOf = (doc: string) => doc.replace(/\d+(?:[.,]\d+)*/g, "#");

export function firstDifference(committed: string, regenerated: string): string {
  const [a, b] = [structureOf(committed).split("\n"), structureOf(regenerated).split("\n")];
  const line = a.findIndex((text, index) => text !== b[index]);
  const index = line < 0 ? a.length : line;
  return `line ${index + 1}:\n  committed:   ${a[index] ?? "(end of file)"}\n  regenerated: ${b[index] ?? "(end of file)"}`;
}
