import { load, median, type LoadResult } from "./load";
import { cpuMs, type Child } from "./processes";
import { EMPTY_PATH, FIXED_SESSION_COOKIE, NONCE_ONLY_HEADER, PASS_THROUGH_HEADER, UNMATCHED_PATH } from "./variant";

export type VariantKey =
  | "unmatched"
  | "passThrough"
  | "nonceOnly"
  | "real"
  | "fixed"
  | "signedOut"
  | "notificationsPassThrough"
  | "notificationsReal"
  | "empty";

export interface PageVariant {
  key: VariantKey;
  label: string;
  path: string;
  headers: Record<string, string>;
}

export interface Round extends LoadResult {
  /** The server's CPU time (all threads) per request: steadier than req/s on a shared machine. */
  cpuUs: number;
}

export interface VariantResult {
  variant: PageVariant;
  rounds: Round[];
  rps: number;
  cpuUs: number;
  p50: number;
  p99: number;
  failures: number;
}

/**
 * The signed-in variants of `/` send the same valid session, so the page renders the same HTML and
 * only the middleware or the session check differs.
 */
export function pageVariants(validCookie: string): PageVariant[] {
  const signedIn = { cookie: validCookie };
  return [
    { key: "unmatched", label: "/ not matched by the middleware", path: UNMATCHED_PATH, headers: signedIn },
    {
      key: "passThrough",
      label: "/ pass-through middleware",
      path: "/",
      headers: { ...signedIn, ...PASS_THROUGH_HEADER },
    },
    {
      key: "nonceOnly",
      label: "/ nonce-only middleware",
      path: "/",
      headers: { ...signedIn, ...NONCE_ONLY_HEADER },
    },
    { key: "real", label: "/ signed in", path: "/", headers: signedIn },
    {
      key: "fixed",
      label: "/ signed in, session check returns a fixed session",
      path: "/",
      headers: { cookie: `${validCookie}; ${FIXED_SESSION_COOKIE}` },
    },
    { key: "signedOut", label: "/ signed out", path: "/", headers: {} },
    {
      key: "notificationsPassThrough",
      label: "/notifications pass-through middleware",
      path: "/notifications",
      headers: { ...signedIn, ...PASS_THROUGH_HEADER },
    },
    { key: "notificationsReal", label: "/notifications signed in", path: "/notifications", headers: signedIn },
    { key: "empty", label: `${EMPTY_PATH}: an empty dynamic page, signed out`, path: EMPTY_PATH, headers: {} },
  ];
}

/**
 * Rounds interleave the variants (and rotate their order) so that noise from other work on the
 * machine spreads over all of them; each figure is the median over rounds.
 */
export async function measurePages(
  app: Child,
  variants: readonly PageVariant[],
  options: { rounds: number; seconds: number; warmUpSeconds: number },
  log: (line: string) => void,
): Promise<VariantResult[]> {
  const runs = new Map<PageVariant, Round[]>(variants.map((variant) => [variant, []]));
  const run = async (variant: PageVariant, seconds: number): Promise<Round> => {
    const cpuBefore = cpuMs(app.pid);
    const result = await load({ url: app.url + variant.path, seconds, headers: variant.headers });
    return { ...result, cpuUs: ((cpuMs(app.pid) - cpuBefore) * 1000) / Math.max(1, result.requests) };
  };
  for (const variant of variants) await run(variant, options.warmUpSeconds);
  for (let round = 0; round < options.rounds; round++) {
    const order = variants.map((_, i) => variants[(i + round) % variants.length] as PageVariant);
    for (const variant of order) {
      const result = await run(variant, options.seconds);
      runs.get(variant)?.push(result);
      log(
        `  round ${round + 1}/${options.rounds} ${variant.key}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.cpuUs.toFixed(0)} µs CPU/request`,
      );
    }
  }
  return variants.map((variant) => {
    const rounds = runs.get(variant) ?? [];
    return {
      variant,
      rounds,
      rps: median(rounds.map((r) => r.rps)),
      cpuUs: median(rounds.map((r) => r.cpuUs)),
      p50: median(rounds.map((r) => r.p50)),
      p99: median(rounds.map((r) => r.p99)),
      failures: rounds.reduce((sum, r) => sum + r.failures, 0),
    };
  });
}
