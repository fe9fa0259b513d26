/**
 * The auth-check micro-bench, in a process of its own started with `--conditions=react-server`
 * (so `server-only` imports resolve as they do in the app) and the app servers' environment.
 * It calls exactly what the middleware calls. Prints one JSON line.
 */
import { resolveSession } from "../../lib/gate/resolve-session";
import { getConfig } from "../../lib/config/env";
import { verifyAccessToken } from "../../lib/tokens/verify";
import { readSessionSeal } from "../../lib/session/payloads";
import type { CookieJar } from "../../lib/session/types";
import type { Session } from "../../lib/session/types";
import { cookieHeader, refreshed, sessionOf, signIn, type Pool } from "./tokens";

const ROUNDS = 3;
const COLD = 200;
const WARM_UP = 100;
const PARALLEL = 8;
const WARM = 7_000;

function jarOf(header: string): CookieJar {
  const cookies = header.split("; ").map((pair) => {
    const at = pair.indexOf("=");
    return { name: pair.slice(0, at), value: decodeURIComponent(pair.slice(at + 1)) };
  });
  return { getAll: () => cookies };
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1000;
}

async function series<T>(items: readonly T[], run: (item: T) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (const item of items) samples.push(await timed(() => run(item)));
  return samples;
}

function quantiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), n: sorted.length };
}

const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Per-round quantiles, then the median round: one round hit by another process's burst does not decide. */
function medianOfRounds(rounds: number[][]) {
  const each = rounds.map(quantiles);
  return {
    p50: middle(each.map((q) => q.p50)),
    p99: middle(each.map((q) => q.p99)),
    n: each.reduce((sum, q) => sum + q.n, 0),
  };
}

interface Fresh {
  jar: CookieJar;
  seal: string;
  token: string;
}

async function freshCookie(pool: Pool, refreshToken: string): Promise<Fresh> {
  const session = sessionOf(await refreshed(pool, refreshToken));
  const jar = jarOf(await cookieHeader(session, pool));
  const seal = jar.getAll().find((cookie) => cookie.name === "__Host-cruddur-session")?.value ?? "";
  return { jar, seal, token: session.accessToken };
}

/** `count` first-sight cookies: distinct seals around distinct access tokens of one sign-in. */
async function freshCookies(pool: Pool, refreshToken: string, count: number): Promise<Fresh[]> {
  const out: Fresh[] = [];
  while (out.length < count) {
    const batch = Math.min(PARALLEL, count - out.length);
    out.push(...(await Promise.all(Array.from({ length: batch }, () => freshCookie(pool, refreshToken)))));
  }
  return out;
}

async function main(): Promise<void> {
  const pool = JSON.parse(process.env.BENCH_POOL ?? "{}") as Pool;
  const demo = JSON.parse(process.env.BENCH_DEMO ?? "{}") as { email: string; password: string };
  const { sessionSecrets } = getConfig();
  const tokens = await signIn(pool, demo.email, demo.password);
  if (!tokens.refreshToken) throw new Error("no refresh token");
  const all = await freshCookies(pool, tokens.refreshToken, WARM_UP + 2 * COLD * ROUNDS);
  const warmUp = all[0];
  if (!warmUp || !(await resolveSession(warmUp.jar)).signedIn) throw new Error("the bench session does not verify");
  // The process's first checks fetch the JWKS and get the code compiled: a running server's state.
  for (const fresh of all.slice(0, WARM_UP)) {
    await resolveSession(fresh.jar);
    await readSessionSeal(fresh.seal, sessionSecrets);
  }
  const figures: Record<string, number[][]> = {
    cold: [],
    coldUnseal: [],
    coldVerify: [],
    warm: [],
    warmUnseal: [],
    warmVerify: [],
  };
  const repeated = Array.from({ length: WARM }, () => warmUp);
  for (let round = 0; round < ROUNDS; round++) {
    const start = WARM_UP + 2 * COLD * round;
    const full = all.slice(start, start + COLD);
    const parts = all.slice(start + COLD, start + 2 * COLD);
    figures.cold?.push(await series(full, ({ jar }) => resolveSession(jar)));
    figures.coldUnseal?.push(await series(parts, ({ seal }) => readSessionSeal(seal, sessionSecrets)));
    figures.coldVerify?.push(await series(parts, ({ token }) => verifyAccessToken(token)));
    figures.warm?.push(await series(repeated, ({ jar }) => resolveSession(jar)));
    figures.warmUnseal?.push(await series(repeated, ({ seal }) => readSessionSeal(seal, sessionSecrets)));
    figures.warmVerify?.push(await series(repeated, ({ token }) => verifyAccessToken(token)));
  }
  const summary = Object.fromEntries(Object.entries(figures).map(([name, rounds]) => [name, medianOfRounds(rounds)]));
  console.log(
    JSON.stringify({
      ...summary,
      heapMb: await heapAfterDistinctCookies(pool, { ...sessionOf(tokens), refreshToken: undefined }),
    }),
  );
}

const HEAP_STEPS = [3_000, 6_000, 9_000, 12_000];

/**
 * Heap in use (after a full GC) once the check has seen 3,000 … 12,000 distinct cookies: the
 * session cache holds 5,000, so past that point a bounded cache adds nothing.
 */
async function heapAfterDistinctCookies(pool: Pool, session: Session): Promise<Record<number, number>> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const heap: Record<number, number> = {};
  let seen = 0;
  for (const step of HEAP_STEPS) {
    while (seen < step) {
      const jars = await Promise.all(
        Array.from({ length: PARALLEL * 8 }, async () => jarOf(await cookieHeader(session, pool))),
      );
      for (const jar of jars) await resolveSession(jar);
      seen += jars.length;
    }
    gc?.();
    heap[step] = process.memoryUsage().heapUsed / 2 ** 20;
  }
  return heap;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
