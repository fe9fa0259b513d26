/** One key's fixed window after a hit: how many hits it holds and when it closes. */
export interface WindowCount {
  count: number;
  resetInMs: number;
}

/**
 * Where state that must hold across requests and instances lives: the session registry and
 * revocations, rate-limit counters, cooldowns, refresh results. Every operation is atomic on its
 * own; keys expire after their TTL. In memory for one process, or Redis for several.
 */
export interface SharedStore {
  get(key: string): Promise<string | null>;
  getMany(keys: readonly string[]): Promise<(string | null)[]>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** False when the key already exists: locks and cooldowns. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** Writes `value` only while the key still holds `expected`: compare-and-set. */
  replaceIf(key: string, expected: string, value: string, ttlMs: number): Promise<boolean>;
  delete(keys: readonly string[]): Promise<void>;
  /** Deletes the key only while it holds `expected`: releasing a lock that may have passed to another. */
  deleteIf(key: string, expected: string): Promise<boolean>;
  /** Counts a hit in the fixed window that the key's first hit opened. */
  increment(key: string, windowMs: number): Promise<WindowCount>;
  addMember(setKey: string, member: string, ttlMs: number): Promise<void>;
  removeMember(setKey: string, member: string): Promise<void>;
  members(setKey: string): Promise<string[]>;
}

/**
 * A shared store that cannot answer: unreachable, too slow, or refusing the command. Callers
 * that must not guess (revocation checks) treat it as "cannot verify"; limits and cooldowns
 * count locally instead (`LocalFallbackStore`).
 */
export class SharedStoreError extends Error {
  constructor(
    message: string,
    readonly reason: "unavailable" | "timeout" | "rejected",
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "SharedStoreError";
  }
}
