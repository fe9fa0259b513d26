import type { RateLimitStore, WindowCount } from "./store";

interface Window {
  count: number;
  resetAt: number;
}

const DEFAULT_MAX_KEYS_PER_WINDOW = 50_000;

/**
 * Counters in this process. One map per window length keeps insertion order equal to expiry
 * order, so expired windows are swept from the front in O(1) per hit; when a map is full the
 * oldest window goes first, so memory stays bounded under any number of distinct keys.
 */
export class MemoryStore implements RateLimitStore {
  private readonly windows = new Map<number, Map<string, Window>>();

  constructor(
    private readonly maxKeysPerWindow = DEFAULT_MAX_KEYS_PER_WINDOW,
    private readonly now: () => number = Date.now,
  ) {}

  /** Live and not-yet-swept windows, across all window lengths. */
  get size(): number {
    let total = 0;
    for (const bucket of this.windows.values()) total += bucket.size;
    return total;
  }

  async increment(key: string, windowMs: number): Promise<WindowCount> {
    const now = this.now();
    const bucket = this.bucketFor(windowMs, now);
    const current = bucket.get(key);
    if (current && current.resetAt > now) {
      current.count += 1;
      return { count: current.count, resetInMs: current.resetAt - now };
    }
    bucket.delete(key);
    bucket.set(key, { count: 1, resetAt: now + windowMs });
    if (bucket.size > this.maxKeysPerWindow) bucket.delete(bucket.keys().next().value as string);
    return { count: 1, resetInMs: windowMs };
  }

  private bucketFor(windowMs: number, now: number): Map<string, Window> {
    let bucket = this.windows.get(windowMs);
    if (!bucket) {
      bucket = new Map();
      this.windows.set(windowMs, bucket);
    }
    for (const [key, window] of bucket) {
      if (window.resetAt > now) break;
      bucket.delete(key);
    }
    return bucket;
  }
}
