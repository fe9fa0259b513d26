import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startStack } from "../stack/start-stack";
import { createPoolUser, emulatorAdmin, newPoolUser } from "../stack/test-users";
import { ensureBuild } from "./build";
import { runBounded } from "./bounded";
import {
  DOC_PATH,
  faultSection,
  firstDifference,
  loadSection,
  passed,
  replaceSection,
  structureOf,
} from "./reliability-doc";
import { concurrentSignIns, mixedApiCalls, protectedPageLoads } from "./scenarios";
import type { ScenarioResult } from "./tally";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const SIGN_INS = 200;
const PAGE_LOADS = 10_000;
const API_CALLS = 1_000;
const CONCURRENCY = Number(process.env.LOAD_CONCURRENCY ?? 32);
const LOG_DIR = process.env.LOAD_OUTPUT_DIR ?? "test-results/load";

async function runScenarios(): Promise<ScenarioResult[]> {
  // Each member signs in from an address of its own, as real users do: one proxy hop is trusted.
  const stack = await startStack(LOG_DIR, { appEnv: { TRUSTED_PROXY_HOPS: "1" } });
  const admin = emulatorAdmin(stack.emulatorUrl, stack.region);
  try {
    const users = Array.from({ length: SIGN_INS }, (_, i) => newPoolUser(`load${i}`));
    await runBounded(users.length, 16, async (i) => void (await createPoolUser(admin, stack.userPoolId, users[i]!)));
    const [signIns, members] = await concurrentSignIns(stack.main, users);
    if (members.length === 0) return [signIns];
    const pages = await protectedPageLoads(stack.main, members, PAGE_LOADS, CONCURRENCY);
    const api = await mixedApiCalls(stack.main, admin, members, API_CALLS, CONCURRENCY);
    return [signIns, pages, api];
  } finally {
    admin.destroy();
    await stack.stop();
  }
}

function printTable(results: readonly ScenarioResult[]): void {
  const header = ["scenario", "requests", "successes", "rejections", "errors", "lost", "p95 ms", "seconds", "result"];
  const rows = results.map((r) =>
    [
      r.name,
      r.total,
      r.successes,
      r.rejections,
      r.errors,
      r.lostSessions,
      Math.round(r.p95Ms),
      r.seconds.toFixed(1),
      passed(r) ? "pass" : "FAIL",
    ].map(String),
  );
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  for (const row of [header, ...rows]) console.log(row.map((value, i) => value.padEnd(widths[i]!)).join("  "));
  for (const r of results) for (const sample of r.samples) console.log(`  ${r.name}: ${sample}`);
}

/** Regenerates the doc's sections; with CI=true, fails instead when its structure differs from the committed one. */
function updateDoc(results: readonly ScenarioResult[]): boolean {
  const committed = readFileSync(DOC_PATH, "utf8");
  const buildId = join(process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  const faults = faultSection(existsSync(buildId) ? statSync(buildId).mtimeMs : Date.now());
  let regenerated = replaceSection(committed, "load", loadSection(results, new Date()));
  if (faults) regenerated = replaceSection(regenerated, "faults", faults);
  if (process.env.CI !== "true" && process.env.CI !== "1") {
    writeFileSync(DOC_PATH, regenerated);
    return true;
  }
  if (structureOf(committed) === structureOf(regenerated)) return true;
  console.error(
    `${DOC_PATH} is out of date (run \`npm run test:load\` after the security suite and commit it), ${firstDifference(committed, regenerated)}`,
  );
  return false;
}

async function main(): Promise<number> {
  console.log(`build: ${ensureBuild()}`);
  const results = await runScenarios();
  printTable(results);
  const docOk = updateDoc(results);
  const ok = results.length === 3 && results.every(passed);
  if (!ok) console.error("load test failed: errors or lost sessions above zero");
  const passing = results.filter(passed).length;
  console.log(`load: ${passing} passed, ${3 - passing} failed`);
  return ok && docOk ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
