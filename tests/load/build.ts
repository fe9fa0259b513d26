import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const SOURCES = ["app", "lib", "components", "middleware.ts", "next.config.ts", "package-lock.json"];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

/** The build in NEXT_DIST_DIR when it is newer than every source file, else a fresh `next build`. */
export function ensureBuild(): "reused" | "built" | "skipped" {
  if (process.env.LOAD_SKIP_BUILD === "1") return "skipped";
  const buildId = join(process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs > Math.max(...SOURCES.map(newestChange))) return "reused";
  execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  return "built";
}
