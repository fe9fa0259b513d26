import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { freePort } from "../stack/free-port";

export interface Child {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 60_000;

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}`);
    try {
      if ((await fetch(url, { redirect: "manual" })).status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`no answer from ${url} within ${READY_TIMEOUT_MS} ms`);
}

async function launch(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; log: string; port: number; ready: string },
) {
  mkdirSync(join(options.log, ".."), { recursive: true });
  const log = createWriteStream(options.log);
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
    log.end();
  };
  const url = `http://127.0.0.1:${options.port}`;
  try {
    await waitFor(url + options.ready, child);
  } catch (error) {
    await stop();
    throw new Error(`${args.join(" ")} did not start (see ${options.log}): ${(error as Error).message}`);
  }
  return { url, pid: child.pid ?? 0, stop };
}

/** The offline Cognito emulator in its own process, so its work never runs on the load generator's thread. */
export async function startEmulatorProcess(root: string, logDir: string): Promise<Child> {
  const port = await freePort();
  const args = ["--import", "tsx", "emulator/cli.ts", "--in-memory", "--allow-short-tokens", "--port", String(port)];
  return launch(args, {
    cwd: root,
    env: process.env,
    log: join(logDir, "emulator.log"),
    port,
    ready: "/_emulator/health",
  });
}

/** The bench variant, served as production serves Cruddur: `npm start` (scripts/start.mjs). */
export async function startNext(
  variantDir: string,
  env: Record<string, string>,
  logFile: string,
  nodeOptions: string[] = [],
): Promise<Child> {
  const port = await freePort();
  const args = [...nodeOptions, "scripts/start.mjs", "-H", "127.0.0.1", "-p", String(port)];
  const fullEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: ".next",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  return launch(args, { cwd: variantDir, env: fullEnv, log: logFile, port, ready: "/bench-empty" });
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Resident set size of a process and all its descendants, in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const own = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(own ?? 0) / 1024 + childrenOf(pid).reduce((sum, child) => sum + rssMb(child), 0);
}

/** CPU time (user + system, all threads) of a process and its descendants so far, in ms (Linux /proc, 100 Hz ticks). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  const own = (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10;
  return own + childrenOf(pid).reduce((sum, child) => sum + cpuMs(child), 0);
}
