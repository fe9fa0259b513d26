import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { BenchStack } from "./stack";

export interface Quantiles {
  p50: number;
  p99: number;
  n: number;
}

export interface AuthCheckResult {
  cold: Quantiles;
  coldUnseal: Quantiles;
  coldVerify: Quantiles;
  warm: Quantiles;
  warmUnseal: Quantiles;
  warmVerify: Quantiles;
  /** Heap in use after GC, in MB, by the number of distinct cookies checked so far. */
  heapMb: Record<string, number>;
}

/** Runs auth-check-worker.ts with the app servers' environment and returns its µs figures. */
export async function measureAuthCheck(root: string, stack: BenchStack): Promise<AuthCheckResult> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--conditions=react-server", "--expose-gc", "--import", "tsx", "tests/bench/auth-check-worker.ts"],
    {
      cwd: root,
      env: {
        ...process.env,
        ...stack.appEnv,
        NODE_ENV: "production",
        BENCH_POOL: JSON.stringify(stack.pool),
        BENCH_DEMO: JSON.stringify(stack.demo),
      },
      maxBuffer: 1024 * 1024,
    },
  );
  const line = stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(line) as AuthCheckResult;
}
