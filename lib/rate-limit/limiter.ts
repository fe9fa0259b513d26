import { createHash } from "node:crypto";
import { RATE_LIMIT_KEYS, type Policy, type RateLimitedAction, type RateLimitKey } from "../config/rate-limits";
import type { SharedStore } from "../store/shared-store";
import { rateLimitMessage } from "./messages";

type LimitSubject = { [K in RateLimitKey]?: string };

type LimitResult =
  { ok: true } | { ok: false; code: "rate-limited"; retryAfterSeconds: number; message: string; key: RateLimitKey };

export interface LimitedEvent {
  action: RateLimitedAction;
  key: RateLimitKey;
  account?: string;
  retryAfterSeconds: number;
}

export function normaliseAccount(account: string): string {
  return account.normalize("NFKC").trim().toLowerCase();
}

const digest = (value: string) => createHash("sha256").update(value).digest("base64url").slice(0, 22);

export class RateLimiter {
  constructor(
    private readonly store: Pick<SharedStore, "increment" | "getMany">,
    private readonly policy: Policy,
    private readonly onLimited: (event: LimitedEvent) => void = () => {},
  ) {}

  async check(action: RateLimitedAction, subject: LimitSubject): Promise<LimitResult> {
    const hits = await Promise.all(
      this.windows(action, subject).map(async ({ key, storeKey, limit, windowMs }) => {
        const { count, resetInMs } = await this.store.increment(storeKey, windowMs);
        return { key, over: count > limit, resetInMs };
      }),
    );
    const worst = hits.filter((hit) => hit.over).sort((a, b) => b.resetInMs - a.resetInMs)[0];
    if (!worst) return { ok: true };
    const retryAfterSeconds = Math.max(1, Math.ceil(worst.resetInMs / 1000));
    this.onLimited({ action, key: worst.key, account: subject.account, retryAfterSeconds });
    return {
      ok: false,
      code: "rate-limited",
      retryAfterSeconds,
      message: rateLimitMessage(action, retryAfterSeconds),
      key: worst.key,
    };
  }

  async recordFailure(action: RateLimitedAction, account: string): Promise<number> {
    const windows = this.windows(action, { account });
    const counts = await Promise.all(windows.map(({ storeKey, windowMs }) => this.store.increment(storeKey, windowMs)));
    return Math.max(0, ...counts.map(({ count }) => count));
  }

  async failuresSpent(action: RateLimitedAction, account: string): Promise<boolean> {
    const windows = this.windows(action, { account });
    const counts = await this.store.getMany(windows.map(({ storeKey }) => storeKey));
    return windows.some(({ limit }, i) => Number(counts[i] ?? 0) >= limit);
  }

  private windows(action: RateLimitedAction, subject: LimitSubject) {
    return RATE_LIMIT_KEYS.flatMap((key) => {
      const raw = subject[key];
      if (raw === undefined || raw === "") return [];
      const id = key === "account" ? normaliseAccount(raw) : raw;
      return (this.policy[action][key] ?? []).map(({ limit, windowMs }) => ({
        key,
        limit,
        windowMs,
        storeKey: `rate-limit:${action}:${key}:${windowMs}:${digest(id)}`,
      }));
    });
  }
}
