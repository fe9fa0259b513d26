import autocannon from "autocannon";

const CONNECTIONS = 10;

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Responses other than 2xx/3xx, socket errors and timeouts. */
  failures: number;
}

interface LoadOptions {
  url: string;
  seconds?: number;
  amount?: number;
  headers?: Record<string, string>;
  /** Called per request: lets each request carry another cookie or Authorization header. */
  headersFor?: () => Record<string, string>;
}

/** One bounded autocannon run with keep-alive connections on loopback. */
export async function load({ url, seconds, amount, headers = {}, headersFor }: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    ...(amount ? { amount } : { duration: seconds ?? 5 }),
    headers,
    ...(headersFor && {
      requests: [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, ...headersFor() } }) }],
    }),
  });
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
