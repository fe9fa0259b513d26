import type { AuthCheckResult } from "./auth-check";
import type { RouteJs } from "./js-size";
import type { PageHtml } from "./html-size";
import type { JwksResult } from "./jwks";
import { median } from "./load";
import type { Machine } from "./machine";
import type { MemoryResult } from "./memory";
import type { ComparisonKey, PairedResult } from "./paired";
import type { SignInResult } from "./sign-in";
import type { VariantKey, VariantResult } from "./throughput";
import { EMPTY_PATH } from "./variant";

export interface BenchReport {
  date: string;
  machine: Machine;
  quick: boolean;
  plan: {
    rounds: number;
    seconds: number;
    warmUpSeconds: number;
    memoryRequests: number;
    distinctSessions: number;
    floodSeconds: number;
    signIns: number;
    paired: { warmUpSeconds: number; blocks: number; pairsPerBlock: number };
  };
  build: { built: boolean; seconds: number };
  pages: VariantResult[];
  paired: PairedResult[];
  authCheck: AuthCheckResult;
  signIn: SignInResult;
  js: RouteJs[];
  html: PageHtml[];
  jwks: JwksResult;
  memory: MemoryResult;
  totalSeconds: number;
}

interface Check {
  target: string;
  measured: string;
  met: boolean;
}

/** Median over rounds of the per-round req/s ratio: each round runs both variants back to back. */
export function throughputRatio(report: BenchReport, over: VariantKey, under: VariantKey): number {
  const a = report.pages.find((page) => page.variant.key === over)?.rounds ?? [];
  const b = report.pages.find((page) => page.variant.key === under)?.rounds ?? [];
  return median(a.map((round, i) => round.rps / (b[i]?.rps ?? Number.NaN)));
}

/** Median over rounds of under's CPU per request ÷ over's: above 1 means `over` costs less. */
export function cpuRatio(report: BenchReport, over: VariantKey, under: VariantKey): number {
  const a = report.pages.find((page) => page.variant.key === over)?.rounds ?? [];
  const b = report.pages.find((page) => page.variant.key === under)?.rounds ?? [];
  return median(a.map((round, i) => (b[i]?.cpuUs ?? Number.NaN) / round.cpuUs));
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const us = (value: number) => `${value.toFixed(1)} µs`;

export function authPagesJs(report: BenchReport): { route: string; aboveFloor: number }[] {
  const floor = report.js.find((route) => route.route === EMPTY_PATH)?.gzipBytes ?? 0;
  return report.js
    .filter((route) => route.route !== "/" && route.route !== EMPTY_PATH && route.status === 200)
    .map((route) => ({ route: route.route, aboveFloor: route.gzipBytes - floor }));
}

function paired(report: BenchReport, key: ComparisonKey): PairedResult {
  const result = report.paired.find((candidate) => candidate.comparison.key === key);
  if (!result) throw new Error(`no paired comparison ${key}`);
  return result;
}

/**
 * The share of a signed-in request of `/` spent in authentication: the time that the fixed-session
 * variant (the same page, no seal read, no token verified, no registry asked) saves.
 */
export function authShare(report: BenchReport): number {
  return 1 - paired(report, "authentication").ratio;
}

/** A paired ratio with the spread of its blocks and the method's resolution beside it. */
function pairedFigure(report: BenchReport, key: ComparisonKey): string {
  const { ratio, blockRatios } = paired(report, key);
  const itself = paired(report, "itself").ratio;
  return `${ratio.toFixed(3)} (blocks ${Math.min(...blockRatios).toFixed(3)}–${Math.max(...blockRatios).toFixed(3)}; pass-through against itself ${itself.toFixed(3)})`;
}

const SIGNED_IN_HOME_HTML_LIMIT = 40 * 1024;

/** Every target of issues 6, 9 and 12 with the figure that decides it. */
export function checks(report: BenchReport): Check[] {
  const homeRatio = paired(report, "home").ratio;
  const notificationsRatio = paired(report, "notifications").ratio;
  const share = authShare(report);
  const { warm, cold } = report.authCheck;
  const { jwks, memory } = report;
  const perTenK = jwks.steadyFetches === null ? null : (jwks.steadyFetches * 10_000) / jwks.steadyRequests;
  const allowed = Math.ceil(jwks.floodSeconds / 10);
  const js = authPagesJs(report);
  const worstJs = Math.max(...js.map((route) => route.aboveFloor));
  const heap = report.authCheck.heapMb;
  const heapGrowth = (heap["12000"] ?? Number.NaN) - (heap["6000"] ?? Number.NaN);
  const home = report.html.find((page) => page.path === "/")?.signedIn.bytes ?? Number.NaN;
  const flood = (name: string, fetches: number | null) => ({
    target: `JWKS fetches under an unknown-kid flood ≤ 1 per 10 s (${name})`,
    measured: fetches === null ? "n/a" : `${fetches} in ${jwks.floodSeconds} s`,
    met: fetches !== null && fetches <= allowed,
  });
  return [
    {
      target: "real middleware ≥ 0.95 × pass-through on / (paired service time)",
      measured: pairedFigure(report, "home"),
      met: homeRatio >= 0.95,
    },
    {
      target: "real middleware ≥ 0.95 × pass-through on /notifications (paired service time)",
      measured: pairedFigure(report, "notifications"),
      met: notificationsRatio >= 0.95,
    },
    {
      target: "authentication ≤ 5 % of a signed-in request of / (paired service time)",
      measured: `${(share * 100).toFixed(1)} %`,
      met: share <= 0.05,
    },
    { target: "signed-in / HTML ≤ 40 KB", measured: kb(home), met: home <= SIGNED_IN_HOME_HTML_LIMIT },
    { target: "auth check warm p50 ≤ 30 µs", measured: us(warm.p50), met: warm.p50 <= 30 },
    { target: "auth check cold p99 ≤ 400 µs", measured: us(cold.p99), met: cold.p99 <= 400 },
    {
      target: "JWKS fetches at steady state = 0 (both runtimes)",
      measured: perTenK === null ? "n/a" : `${perTenK} per 10,000`,
      met: perTenK === 0,
    },
    flood("Edge middleware", jwks.edgeFlood.fetches),
    flood("Node.js", jwks.nodeFlood.fetches),
    {
      target: "each auth page ≤ 10 KB gzipped JS above the empty page",
      measured: `worst ${kb(worstJs)}`,
      met: worstJs <= 10 * 1024,
    },
    {
      target: "memory bounded: heap flat once the caches are full (6,000 → 12,000 distinct cookies adds < 2 MB)",
      measured: `${heapGrowth >= 0 ? "+" : ""}${heapGrowth.toFixed(1)} MB; server RSS ${memory.rssMb.half.toFixed(0)} → ${memory.rssMb.end.toFixed(0)} MB over the second half`,
      met: heapGrowth < 2,
    },
  ];
}
