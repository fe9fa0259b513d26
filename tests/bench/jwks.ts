import type { Session } from "../../lib/session/types";
import { load } from "./load";
import type { BenchStack } from "./stack";
import { cookieHeader, withUnknownKid } from "./tokens";

export interface JwksResult {
  /** Fetches of a fresh server while it answers its first 200 signed-in requests. */
  warmUpFetches: number | null;
  steadyRequests: number;
  /** Signed-in /api/me requests per second in the steady phase: sizes the memory phase. */
  steadyRps: number;
  steadyFetches: number | null;
  floodSeconds: number;
  floodRequests: number;
  floodFetches: number | null;
  /** Valid requests made during the flood, and how many of them were answered as signed in. */
  validDuring: { sent: number; ok: number };
}

const KIDS = 50;

async function validProbe(url: string, cookie: string, until: number): Promise<{ sent: number; ok: number }> {
  let sent = 0;
  let ok = 0;
  while (Date.now() < until) {
    sent++;
    if ((await fetch(url, { headers: { cookie } })).status === 200) ok++;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { sent, ok };
}

/**
 * A fresh server: JWKS fetches while 10,000 signed-in requests hit /api/me (after a warm-up),
 * then while a flood of tokens with unknown `kid`s arrives both as session cookies (middleware)
 * and as Bearer tokens (route handler), with valid requests mixed in.
 */
export async function measureJwks(
  stack: BenchStack,
  session: Session,
  validCookie: string,
  floodSeconds: number,
): Promise<JwksResult> {
  const app = await stack.startApp("jwks");
  try {
    const url = `${app.url}/api/me`;
    const atStart = await stack.jwksFetches();
    await load({ url, amount: 200, headers: { cookie: validCookie } });
    const before = await stack.jwksFetches();
    const steady = await load({ url, amount: 10_000, headers: { cookie: validCookie } });
    const afterSteady = await stack.jwksFetches();
    const forged = Array.from({ length: KIDS }, (_, i) => withUnknownKid(session.accessToken, `bench-unknown-${i}`));
    const forgedCookies = await Promise.all(
      forged.map((token) => cookieHeader({ ...session, accessToken: token }, stack.pool)),
    );
    let next = 0;
    const floodHeaders = (): Record<string, string> => {
      next++;
      const i = next % KIDS;
      return next % 2 ? { cookie: forgedCookies[i] ?? "" } : { authorization: `Bearer ${forged[i] ?? ""}` };
    };
    const until = Date.now() + floodSeconds * 1000;
    const [flood, validDuring] = await Promise.all([
      load({ url, seconds: floodSeconds, headersFor: floodHeaders }),
      validProbe(url, validCookie, until),
    ]);
    const afterFlood = await stack.jwksFetches();
    const delta = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
    return {
      warmUpFetches: delta(atStart, before),
      steadyRequests: steady.requests,
      steadyRps: steady.rps,
      steadyFetches: delta(before, afterSteady),
      floodSeconds,
      floodRequests: flood.requests,
      floodFetches: delta(afterSteady, afterFlood),
      validDuring,
    };
  } finally {
    await app.stop();
  }
}
