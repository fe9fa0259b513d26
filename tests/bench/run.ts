/**
 * `npm run bench`: builds the bench variant of the app (or reuses an up-to-date build), runs
 * every measurement side by side against it, prints a table and writes docs/performance.md.
 * BENCH_QUICK=1 shortens every phase (for iterating on the bench itself); it leaves the doc alone
 * unless BENCH_WRITE_DOC=1, and the doc then says the run was shortened.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { measureAuthCheck } from "./auth-check";
import { measureHtml } from "./html-size";
import { measureJsShipped } from "./js-size";
import { measureJwks } from "./jwks";
import { machine } from "./machine";
import { measureMemory } from "./memory";
import { renderMarkdown, renderTable, type BenchReport } from "./report";
import { comparisons, measurePaired } from "./paired";
import { measureSignIn } from "./sign-in";
import { startBenchStack } from "./stack";
import { measurePages, pageVariants } from "./throughput";
import { cookieHeader, sessionOf, signIn, verifiedSessionOf } from "./tokens";
import { buildVariant } from "./variant";

const root = process.cwd();
const quick = process.env.BENCH_QUICK === "1";
const PLAN = quick
  ? {
      rounds: 1,
      seconds: 2,
      warmUpSeconds: 1,
      paired: { warmUpSeconds: 2, blocks: 2, pairsPerBlock: 15 },
      memoryRequests: 5_000,
      distinctSessions: 1_000,
      floodSeconds: 3,
      signIns: 5,
    }
  : {
      rounds: 2,
      seconds: 3,
      warmUpSeconds: 2,
      paired: { warmUpSeconds: 15, blocks: 8, pairsPerBlock: 120 },
      memoryRequests: 100_000,
      distinctSessions: 10_000,
      floodSeconds: 12,
      signIns: 20,
    };
/** The whole run must stay under 6 minutes: the memory phase gets what is left. */
const BUDGET_SECONDS = 340;
const MEMORY_OVERHEAD_SECONDS = 20;

const log = (line: string) => console.log(`[bench] ${line}`);

async function main(): Promise<void> {
  const started = Date.now();
  const build = buildVariant(root, log);
  const stack = await startBenchStack(root, build.dir, join(build.dir, "logs"));
  try {
    const tokens = await signIn(stack.pool, stack.demo.email, stack.demo.password);
    log("auth check micro-bench…");
    const authCheck = await measureAuthCheck(root, stack);

    const app = await stack.startApp("pages", { env: { BENCH_FIXED_SESSION: verifiedSessionOf(sessionOf(tokens)) } });
    const session = await stack.signInOn(app);
    const validCookie = await cookieHeader(session, stack.pool);
    const variants = pageVariants(validCookie);
    log(`page throughput: ${PLAN.rounds} rounds × ${variants.length} variants × ${PLAN.seconds} s…`);
    const pages = await measurePages(app, variants, PLAN, log);
    log(`paired service time: ${PLAN.paired.blocks} blocks × ${PLAN.paired.pairsPerBlock} pairs per comparison…`);
    const paired = await measurePaired(app.url, comparisons(variants), PLAN.paired, log);
    log("HTML of every page…");
    const html = await measureHtml(app.url, build.dir, session.user.handle, validCookie);
    log("sign-in…");
    const signInResult = await measureSignIn(app.url, stack, PLAN.signIns);
    log("JavaScript shipped…");
    const js = await measureJsShipped(app.url);
    await app.stop();

    log("JWKS fetches…");
    const jwks = await measureJwks(stack, PLAN.floodSeconds);
    const secondsLeft = BUDGET_SECONDS - (Date.now() - started) / 1000 - MEMORY_OVERHEAD_SECONDS;
    const affordable = Math.floor((jwks.steadyRps * secondsLeft) / 10_000) * 10_000;
    const memoryRequests = Math.max(PLAN.distinctSessions, Math.min(PLAN.memoryRequests, affordable));
    log(`memory: ${memoryRequests} requests over ${PLAN.distinctSessions} distinct sessions…`);
    const memory = await measureMemory(stack, memoryRequests, PLAN.distinctSessions);

    const report: BenchReport = {
      date: new Date().toISOString(),
      machine: machine(),
      quick,
      plan: PLAN,
      build,
      pages,
      paired,
      authCheck,
      signIn: signInResult,
      js,
      html,
      jwks,
      memory,
      totalSeconds: (Date.now() - started) / 1000,
    };
    console.log(renderTable(report));
    if (quick && process.env.BENCH_WRITE_DOC !== "1") log("BENCH_QUICK=1: docs/performance.md left alone");
    else writeFileSync(join(root, "docs/performance.md"), renderMarkdown(report));
    log(`done in ${report.totalSeconds.toFixed(0)} s`);
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
