import { execFileSync } from "node:child_process";
import { startStack } from "../../tests/stack/start-stack";

const LOG_DIR = `${process.env.E2E_OUTPUT_DIR ?? "test-results"}/servers`;

/**
 * Builds the app once, then starts the emulator and the app servers for the whole run.
 * Workers find them through E2E_STACK; the returned function stops them all.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (process.env.E2E_SKIP_BUILD !== "1") {
    execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
  }
  const stack = await startStack(LOG_DIR);
  const { stop, ...info } = stack;
  process.env.E2E_STACK = JSON.stringify(info);
  return stop;
}
