import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { freePort } from "./free-port";

export interface NextServer {
  url: string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 60_000;

/** `npm start` (scripts/start.mjs, the production path) on a free loopback port, its output kept in `logFile`. */
export async function startNextServer(env: Record<string, string>, logFile: string): Promise<NextServer> {
  const port = await freePort();
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ["scripts/start.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
    log.end();
  };
  try {
    await waitUntilServing(`${url}/signin`, exited);
  } catch (error) {
    await stop();
    throw new Error(`npm start did not become ready (see ${logFile}): ${(error as Error).message}`);
  }
  return { url, stop };
}

async function waitUntilServing(url: string, exited: Promise<void>): Promise<void> {
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasExited) throw new Error("the server exited");
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no answer from ${url} within ${READY_TIMEOUT_MS} ms`);
}
