import { chromium, type LaunchOptions } from "@playwright/test";
import { existsSync } from "node:fs";

// Flags that keep a headless Chromium quiet on a machine with no network and a small /dev/shm.
const QUIET_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * Playwright's own Chromium when it was installed (`npx playwright install chromium`),
 * otherwise the distribution's. Nothing is hard-coded for one machine: we look.
 */
function findExecutable(): string | undefined {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) return chosen;
  if (existsSync(chromium.executablePath())) return undefined;
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return system;
  throw new Error(
    "No Chromium found. Run `npx playwright install chromium`, install your system's chromium package, or set CHROMIUM_PATH.",
  );
}

export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: findExecutable(), args: QUIET_FLAGS };
}
