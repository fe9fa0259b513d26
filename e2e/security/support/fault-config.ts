import { spawn } from "node:child_process";
import { CONFIG_VARIABLES } from "../../../lib/config/schema";
import { freePort } from "../../../tests/stack/free-port";

/** What `npm start` did with a configuration: exited (with its output), or served these statuses. */
interface StartOutcome {
  exitCode: number | null;
  output: string;
  statuses: Record<string, number>;
}

const PROBED_PATHS = ["/", "/signin", "/about", "/notifications", "/api/me"];
const START_WAIT_MS = 30_000;

function inheritedEnv(): Record<string, string> {
  const config = new Set<string>(CONFIG_VARIABLES);
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && !config.has(entry[0]) && !entry[0].startsWith("AWS_"),
    ),
  );
}

async function statusOf(url: string): Promise<number | null> {
  try {
    return (await fetch(url, { redirect: "manual" })).status;
  } catch {
    return null;
  }
}

/** Starts `npm start` with exactly `env` as its Cruddur configuration; always stops it again. */
export async function startWithConfig(env: Record<string, string>): Promise<StartOutcome> {
  const port = await freePort();
  const child = spawn(process.execPath, ["scripts/start.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...inheritedEnv(), ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_WAIT_MS;
  const statuses: Record<string, number> = {};
  try {
    while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
      if ((await statusOf(`${url}/about`)) !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    if (child.exitCode === null) {
      for (const path of PROBED_PATHS) statuses[path] = (await statusOf(`${url}${path}`)) ?? 0;
    }
  } finally {
    if (child.exitCode === null) child.kill("SIGTERM");
  }
  const exitCode = await exited;
  return { exitCode: Object.keys(statuses).length > 0 ? null : exitCode, output, statuses };
}
