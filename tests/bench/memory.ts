import type { Session } from "../../lib/session/types";
import { load } from "./load";
import { rssMb } from "./processes";
import type { BenchStack } from "./stack";
import { cookieHeader, refreshed } from "./tokens";

export interface MemoryResult {
  requests: number;
  distinctSessions: number;
  distinctTokens: number;
  failures: number;
  rssMb: { warm: number; half: number; end: number };
  rps: number;
}

const SESSIONS_PER_TOKEN = 10;

/** `count` distinct session cookies: every seal is new, and every tenth carries a new access token. */
async function distinctCookies(stack: BenchStack, session: Session, count: number): Promise<string[]> {
  const cookies: string[] = [];
  let current = session;
  for (let i = 0; i < count; i += SESSIONS_PER_TOKEN) {
    if (i > 0 && session.refreshToken) {
      const tokens = await refreshed(stack.pool, session.refreshToken);
      current = { ...session, accessToken: tokens.accessToken, refreshToken: undefined };
    }
    const batch = Array.from({ length: Math.min(SESSIONS_PER_TOKEN, count - i) }, () =>
      cookieHeader(current, stack.pool),
    );
    cookies.push(...(await Promise.all(batch)));
  }
  return cookies;
}

/**
 * A fresh server's RSS (with its child processes) after a warm-up, halfway and at the end of
 * `requests` signed-in /api/me calls. The first half cycles through one half of the distinct
 * cookies and the second half through the other, never seen before: a cache without a bound
 * would keep growing through the second half, a bounded one (already full) stays flat.
 */
export async function measureMemory(stack: BenchStack, requests: number, sessions: number): Promise<MemoryResult> {
  const app = await stack.startApp("memory");
  try {
    const cookies = await distinctCookies(stack, await stack.signInOn(app), sessions);
    const halves = [cookies.slice(0, sessions / 2), cookies.slice(sessions / 2)];
    const url = `${app.url}/api/me`;
    const cycling = (set: string[]) => {
      let next = 0;
      return () => ({ cookie: set[next++ % set.length] ?? "" });
    };
    await load({ url, amount: 2_000, headersFor: cycling(halves[0] ?? []) });
    const warm = rssMb(app.pid);
    const first = await load({ url, amount: requests / 2, headersFor: cycling(halves[0] ?? []) });
    const half = rssMb(app.pid);
    const second = await load({ url, amount: requests / 2, headersFor: cycling(halves[1] ?? []) });
    const end = rssMb(app.pid);
    return {
      requests: first.requests + second.requests,
      distinctSessions: cookies.length,
      distinctTokens: Math.ceil(cookies.length / SESSIONS_PER_TOKEN),
      failures: first.failures + second.failures,
      rssMb: { warm, half, end },
      rps: (first.rps + second.rps) / 2,
    };
  } finally {
    await app.stop();
  }
}
