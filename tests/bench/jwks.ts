import { load } from "./load";
import type { BenchStack } from "./stack";
import { cookieHeader, withUnknownKid } from "./tokens";

export interface Flood {
  requests: number;
  fetches: number | null;
  /** Valid requests made during the flood, and how many of them were answered as signed in. */
  validDuring: { sent: number; ok: number };
}

export interface JwksResult {
  /** Fetches of a fresh server while it signs the demo user in and answers its first 200 signed-in requests. */
  warmUpFetches: number | null;
  steadyRequests: number;
  /** Signed-in /api/me requests per second in the steady phase: sizes the memory phase. */
  steadyRps: number;
  steadyFetches: number | null;
  floodSeconds: number;
  /** Session cookies with unknown kids: only the Edge middleware verifies them (it clears them for the render). */
  edgeFlood: Flood;
  /** Bearer tokens with unknown kids: only the Node.js route handler verifies them. */
  nodeFlood: Flood;
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
 * then while a flood of tokens with unknown \`kid\`s arrives, first as session cookies (the Edge
 * middleware's JWKS cache), then as Bearer tokens (the Node.js side's), with valid requests mixed in.
 */
export async function measureJwks(stack: BenchStack, floodSeconds: number): Promise<JwksResult> {
  const app = await stack.startApp("jwks");
  try {
    const atStart = await stack.jwksFetches();
    const session = await stack.signInOn(app);
    const validCookie = await cookieHeader(session, stack.pool);
    const url = `${app.url}/api/me`;
    await load({ url, amount: 200, headers: { cookie: validCookie } });
    const before = await stack.jwksFetches();
    const steady = await load({ url, amount: 10_000, headers: { cookie: validCookie } });
    const afterSteady = await stack.jwksFetches();
    const forged = Array.from({ length: KIDS }, (_, i) => withUnknownKid(session.accessToken, `bench-unknown-${i}`));
    const forgedCookies = await Promise.all(
      forged.map((token) => cookieHeader({ ...session, accessToken: token }, stack.pool)),
    );
    const flood = async (headersOf: (i: number) => Record<string, string>): Promise<Flood> => {
      let next = 0;
      const before = await stack.jwksFetches();
      const [result, validDuring] = await Promise.all([
        load({ url, seconds: floodSeconds, headersFor: () => headersOf(next++ % KIDS) }),
        validProbe(url, validCookie, Date.now() + floodSeconds * 1000),
      ]);
      return { requests: result.requests, fetches: delta(before, await stack.jwksFetches()), validDuring };
    };
    const edgeFlood = await flood((i) => ({ cookie: forgedCookies[i] ?? "" }));
    const nodeFlood = await flood((i) => ({ authorization: `Bearer ${forged[i] ?? ""}` }));
    return {
      warmUpFetches: delta(atStart, before),
      steadyRequests: steady.requests,
      steadyRps: steady.rps,
      steadyFetches: delta(before, afterSteady),
      floodSeconds,
      edgeFlood,
      nodeFlood,
    };
  } finally {
    await app.stop();
  }
}

const delta = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
