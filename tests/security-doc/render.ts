import { ASVS, type AsvsId } from "./asvs";

export interface Row {
  area: string;
  case: string;
  expected: string;
  observed: string;
  volatile: boolean;
  result: "pass" | "known gap" | "FAIL";
  test: string;
  asvs: AsvsId[];
}

export interface KnownGap {
  test: string;
  reason: string;
}

const VOLATILE = /<!--volatile-->[^\n]*?<!--\/volatile-->/g;
const cell = (text: string) => text.replace(/\s+/g, " ").replace(/\|/g, "\\|").replace(/</g, "&lt;").trim();
const RESULT = { pass: "✅ pass", "known gap": "⚠️ known gap", FAIL: "❌ FAIL" } as const;

function table(rows: Row[]): string[] {
  return [
    "| Case | Expected | Observed | Result | Test | ASVS 5.0 |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map((row) => {
      const observed = row.volatile ? `<!--volatile-->${cell(row.observed)}<!--/volatile-->` : cell(row.observed);
      return `| ${cell(row.case)} | ${cell(row.expected)} | ${observed} | ${RESULT[row.result]} | ${cell(row.test)} | ${row.asvs.join(", ")} |`;
    }),
    "",
  ];
}

/** docs/security.md from the intro and the observed rows; no date, so an unchanged run changes nothing. */
export function renderDoc(intro: string, rows: Row[], gaps: KnownGap[]): string {
  const areas = [...new Set(rows.map((row) => row.area))];
  const counts = (["pass", "known gap", "FAIL"] as const).map(
    (result) => `${rows.filter((row) => row.result === result).length} ${result}`,
  );
  const used = [...new Set(rows.flatMap((row) => row.asvs))].sort((a, b) =>
    a.localeCompare(b, "en", { numeric: true }),
  );
  return [
    intro.trim(),
    "",
    `## Results: ${rows.length} cases (${counts.join(", ")})`,
    "",
    ...areas.flatMap((area) => [`### ${area}`, "", ...table(rows.filter((row) => row.area === area))]),
    "## Known gaps",
    "",
    ...(gaps.length ? gaps.map((gap) => `- **${cell(gap.test)}**: ${cell(gap.reason)}`) : ["None."]),
    "",
    "## ASVS 5.0 requirements referenced",
    "",
    ...used.map((id) => `- **${id}**: ${ASVS[id]}`),
    "",
  ].join("\n");
}

/** The doc with its measurements blanked, for the CI comparison. */
export const comparable = (doc: string) => doc.replace(VOLATILE, "<!--volatile-->");
