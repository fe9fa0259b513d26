/** One key's fixed window after a hit: how many hits it holds and when it closes. */
export interface WindowCount {
  count: number;
  resetInMs: number;
}

/**
 * Where counters live. `increment` must be atomic: concurrent hits on one key each see a
 * distinct count, and only the first hit of a window sets its expiry.
 */
export interface RateLimitStore {
  increment(key: string, windowMs: number): Promise<WindowCount>;
}
