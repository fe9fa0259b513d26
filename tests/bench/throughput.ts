import { load, median, type LoadResult } from "./load";
import { cpuMs, type Child } from "./processes";
import { PAGE_PATHS } from "./variant";

export interface PageVariant {
  key: "unmatched" | "passThrough" | "real" | "refresh";
  label: string;
  path: string;
  cookie: string;
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
 * Every variant sends a valid session, so the page renders the same signed-in HTML and only the
 * middleware differs; `refresh` sends a session whose access token is always due for refresh.
 */
export function pageVariants(validCookie: string, refreshingCookie: string): PageVariant[] {
  return [
    {
      key: "unmatched",
      label: "(1) page not matched by the middleware",
      path: PAGE_PATHS.unmatched,
      cookie: validCookie,
    },
    { key: "passThrough", label: "(2) pass-through middleware", path: PAGE_PATHS.passThrough, cookie: validCookie },
    { key: "real", label: "(3) Cruddur middleware, valid session", path: PAGE_PATHS.real, cookie: validCookie },
    {
      key: "refresh",
      label: "(4) Cruddur middleware, session due for refresh",
      path: PAGE_PATHS.real,
      cookie: refreshingCookie,
    },
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
    const result = await load({ url: app.url + variant.path, seconds, headers: { cookie: variant.cookie } });
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
