import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { FullResult, Reporter, Suite, TestCase } from "@playwright/test/reporter";
import { ANNOTATION_TYPE, type SecurityCase } from "./case";
import { comparable, renderDoc, type KnownGap, type Row } from "./render";

const DOC = "docs/security.md";
const SPEC_DIR = "e2e/security";
const ATTACK_SPEC = /^attacks-(.+)\.spec\.ts$/;
const AREAS: Record<string, string> = {
  tokens: "Tokens at the API and the middleware",
  "session-cookie": "Session cookie",
  "actions-routing": "Server actions and routing",
  "open-redirect": "Open redirect",
  enumeration: "Account enumeration",
  forms: "Form fuzzing",
  logs: "Attacker text in the log",
  matcher: "Middleware matcher and security headers",
  requests: "Methods, bodies and the image optimizer",
  "cross-site": "Cross-site requests",
  "client-address": "Client address",
  secrets: "Session secrets",
  "dev-server": "Development server",
  "token-keys": "Token keys and iat",
};

const areaOf = (test: TestCase) => {
  const key = ATTACK_SPEC.exec(basename(test.location.file))?.[1] ?? "";
  return AREAS[key] ?? key;
};

function resultOf(test: TestCase): Row["result"] {
  const outcome = test.outcome();
  if (outcome === "expected") return test.expectedStatus === "failed" ? "known gap" : "pass";
  return "FAIL";
}

/**
 * Regenerates docs/security.md after a full run of the attack specs (partial runs leave it
 * alone). With CI=true it only compares, and fails the run when the committed file is stale.
 */
export default class SecurityDocReporter implements Reporter {
  private suite: Suite | undefined;

  onBegin(_config: unknown, suite: Suite): void {
    this.suite = suite;
  }

  async onEnd(result: FullResult): Promise<{ status?: FullResult["status"] } | undefined> {
    const tests = (this.suite?.allTests() ?? []).filter((test) => ATTACK_SPEC.test(basename(test.location.file)));
    if (tests.length === 0) return undefined;
    const onDisk = existsSync(SPEC_DIR) ? readdirSync(SPEC_DIR).filter((file) => ATTACK_SPEC.test(file)) : [];
    const ran = new Set(tests.map((test) => basename(test.location.file)));
    const complete =
      result.status !== "interrupted" &&
      onDisk.every((file) => ran.has(file)) &&
      tests.every((test) => test.results.length > 0 && test.outcome() !== "skipped");
    if (!complete) {
      console.log(`[security-doc] partial run: ${DOC} left as it is (run \`npm run test:security\` to regenerate it)`);
      return undefined;
    }

    const doc = renderDoc(readFileSync(join("tests", "security-doc", "intro.md"), "utf8"), ...this.collect(tests));
    if (process.env.CI !== "true") {
      writeFileSync(DOC, doc);
      console.log(`[security-doc] wrote ${DOC}`);
      return undefined;
    }
    const committed = existsSync(DOC) ? readFileSync(DOC, "utf8") : "";
    if (comparable(committed) === comparable(doc)) return undefined;
    console.error(
      `[security-doc] ${DOC} is out of date with what the attack suite observed. Run \`npm run test:security\` and commit ${DOC}.`,
    );
    return { status: "failed" };
  }

  private collect(tests: TestCase[]): [Row[], KnownGap[]] {
    const order = Object.values(AREAS);
    const sorted = [...tests].sort(
      (a, b) =>
        order.indexOf(areaOf(a)) - order.indexOf(areaOf(b)) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column ||
        a.title.localeCompare(b.title),
    );
    const rows: Row[] = [];
    const gaps: KnownGap[] = [];
    for (const test of sorted) {
      const last = test.results.at(-1);
      const annotations = [...test.annotations, ...(last?.annotations ?? [])];
      const title = test.titlePath().slice(3).join(" › ");
      const seenCases = new Set<string>();
      for (const annotation of annotations) {
        if (annotation.type === "fail" && annotation.description && !gaps.some((gap) => gap.test === title))
          gaps.push({ test: title, reason: annotation.description });
        if (annotation.type !== ANNOTATION_TYPE || !annotation.description || seenCases.has(annotation.description))
          continue;
        seenCases.add(annotation.description);
        const entry = JSON.parse(annotation.description) as SecurityCase;
        rows.push({
          area: areaOf(test),
          ...entry,
          volatile: entry.volatile ?? false,
          result: resultOf(test),
          test: title,
        });
      }
    }
    return [rows, gaps];
  }
}
