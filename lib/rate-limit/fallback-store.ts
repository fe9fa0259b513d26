import type { RateLimitStore, WindowCount } from "./store";

const REPORT_EVERY_MS = 60_000;

/**
 * Uses `primary` (a shared Redis) and, when it fails or is slow, counts in `fallback` (this
 * process) instead: limits stay on per instance rather than failing open, and sign-in never
 * depends on Redis being up. Failures are reported at most once a minute.
 */
export class FallbackStore implements RateLimitStore {
  private lastReport = -Infinity;

  constructor(
    private readonly primary: RateLimitStore,
    private readonly fallback: RateLimitStore,
    private readonly report: (error: unknown) => void,
    private readonly now: () => number = Date.now,
  ) {}

  async increment(key: string, windowMs: number): Promise<WindowCount> {
    try {
      return await this.primary.increment(key, windowMs);
    } catch (error) {
      if (this.now() - this.lastReport >= REPORT_EVERY_MS) {
        this.lastReport = this.now();
        this.report(error);
      }
      return this.fallback.increment(key, windowMs);
    }
  }
}
