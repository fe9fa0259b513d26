import { createHash } from "node:crypto";
import { rateLimitMessage } from "./messages";
import { RATE_LIMIT_KEYS, type Policy, type RateLimitedAction, type RateLimitKey } from "../config/rate-limits";
import type { SharedStore } from "../store/shared-store";

/** Who is acting: the client address and, for account actions, the email they typed. */
interface LimitSubject {
  ip: string;
  account?: string;
}

type LimitResult =
  { ok: true } | { ok: false; code: "rate-limited"; retryAfterSeconds: number; message: string; key: RateLimitKey };

export interface LimitedEvent {
  action: RateLimitedAction;
  key: RateLimitKey;
  account?: string;
  retryAfterSeconds: number;
}

/** Emails are case-insensitive in the pool: one account, one counter, however it is typed. */
export function normaliseAccount(account: string): string {
  return account.normalize("NFKC").trim().toLowerCase();
}

// Stored keys never hold an email or an address, only a digest of them.
const digest = (value: string) => createHash("sha256").update(value).digest("base64url").slice(0, 22);

export class RateLimiter {
  constructor(
    private readonly store: Pick<SharedStore, "increment">,
    private readonly policy: Policy,
    private readonly onLimited: (event: LimitedEvent) => void = () => {},
  ) {}

  /** Counts this attempt under every key and window of `action`; refuses it if any is over. */
  async check(action: RateLimitedAction, subject: LimitSubject): Promise<LimitResult> {
    const ids: Record<RateLimitKey, string | undefined> = {
      ip: subject.ip,
      account: subject.account === undefined ? undefined : normaliseAccount(subject.account),
    };
    const hits = await Promise.all(
      RATE_LIMIT_KEYS.flatMap((key) => {
        const id = ids[key];
        if (id === undefined || id === "") return [];
        return (this.policy[action][key] ?? []).map(async ({ limit, windowMs }) => {
          const { count, resetInMs } = await this.store.increment(
            `rate-limit:${action}:${key}:${windowMs}:${digest(id)}`,
            windowMs,
          );
          return { key, over: count > limit, resetInMs };
        });
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
}
