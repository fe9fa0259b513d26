import type { AuthCheckResult } from "./auth-check";
import type { RouteJs } from "./js-size";
import type { JwksResult } from "./jwks";
import { median } from "./load";
import type { Machine } from "./machine";
import type { MemoryResult } from "./memory";
import type { SignInResult } from "./sign-in";
import type { VariantResult } from "./throughput";
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
  };
  build: { built: boolean; seconds: number };
  pages: VariantResult[];
  authCheck: AuthCheckResult;
  signIn: SignInResult;
  js: RouteJs[];
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
export function throughputRatio(
  report: BenchReport,
  over: VariantResult["variant"]["key"],
  under: VariantResult["variant"]["key"],
): number {
  const a = report.pages.find((page) => page.variant.key === over)?.rounds ?? [];
  const b = report.pages.find((page) => page.variant.key === under)?.rounds ?? [];
  return median(a.map((round, i) => round.rps / (b[i]?.rps ?? Number.NaN)));
}

/** Median over rounds of under's CPU per request ÷ over's: above 1 means `over` costs less. */
export function cpuRatio(
  report: BenchReport,
  over: VariantResult["variant"]["key"],
  under: VariantResult["variant"]["key"],
): number {
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

/** Every target of issue 6 with the figure that decides it. */
export function checks(report: BenchReport): Check[] {
  const ratio = throughputRatio(report, "real", "passThrough");
  const { warm, cold } = report.authCheck;
  const { jwks, memory } = report;
  const perTenK = jwks.steadyFetches === null ? null : (jwks.steadyFetches * 10_000) / jwks.steadyRequests;
  const allowed = Math.ceil(jwks.floodSeconds / 10);
  const js = authPagesJs(report);
  const worstJs = Math.max(...js.map((route) => route.aboveFloor));
  const heap = report.authCheck.heapMb;
  const heapGrowth = (heap["12000"] ?? Number.NaN) - (heap["6000"] ?? Number.NaN);
  return [
    { target: "real middleware ≥ 0.95 × pass-through (req/s)", measured: ratio.toFixed(3), met: ratio >= 0.95 },
    { target: "auth check warm p50 ≤ 30 µs", measured: us(warm.p50), met: warm.p50 <= 30 },
    { target: "auth check cold p99 ≤ 400 µs", measured: us(cold.p99), met: cold.p99 <= 400 },
    {
      target: "JWKS fetches per request at steady state = 0",
      measured: perTenK === null ? "n/a" : `${perTenK} per 10,000`,
      met: perTenK === 0,
    },
    {
      target: "JWKS fetches under an unknown-kid flood ≤ 1 per 10 s",
      measured: jwks.floodFetches === null ? "n/a" : `${jwks.floodFetches} in ${jwks.floodSeconds} s`,
      met: jwks.floodFetches !== null && jwks.floodFetches <= allowed,
    },
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
