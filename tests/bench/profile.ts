/**
 * `npm run bench:profile`: CPU profiles (node --cpu-prof) of the bench variant's server while it
 * serves `/` signed in, then signed out, one fresh server each, and where their time goes.
 * Run `npm run bench` (or BENCH_QUICK=1 npm run bench) first: this reuses its build.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { load } from "./load";
import { startBenchStack } from "./stack";
import { cookieHeader } from "./tokens";
import { buildVariant } from "./variant";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
/** Microseconds on the monotonic clock V8's profiler also uses. */
type Window = [number, number];
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

const SECONDS = Number(process.env.PROFILE_SECONDS ?? 10);

function bucket(frame: ProfileNode["callFrame"]): string {
  const { url, functionName } = frame;
  if (!url)
    return functionName === "(garbage collector)" ? "garbage collection" : `V8 ${functionName || "(anonymous)"}`;
  if (url.includes("/middleware") || url.includes("edge-runtime") || url.includes("/edge/")) return "Edge middleware";
  if (/react-dom|react-server-dom|\/react\//.test(url)) return "React (HTML and RSC payload rendering)";
  if (url.includes("next/dist/server/app-render")) return "Next.js app render";
  if (url.includes("next/dist")) return "Next.js";
  if (url.includes(".next/server/chunks")) return "app chunks";
  if (url.startsWith("node:")) return "Node.js internals";
  return url.replace(/^.*node_modules\//, "").split("/")[0] ?? url;
}

/** Self time per bucket (and per function), in % of the non-idle samples inside `window`. */
function summarise(file: string, window: Window, key: (frame: ProfileNode["callFrame"]) => string): [string, number][] {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)" || at < window[0] || at > window[1]) return;
    const name = key(frame);
    totals.set(name, (totals.get(name) ?? 0) + delta);
  });
  const busy = [...totals.values()].reduce((sum, value) => sum + value, 0);
  return [...totals.entries()]
    .map(([name, time]): [string, number] => [name, (100 * time) / busy])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12);
}

async function main(): Promise<void> {
  const root = process.cwd();
  const build = buildVariant(root, (line) => console.log(`[profile] ${line}`));
  const out = join(build.dir, "profiles");
  rmSync(out, { recursive: true, force: true });
  const stack = await startBenchStack(root, build.dir, join(build.dir, "logs"));
  try {
    for (const signedIn of [true, false]) {
      const name = signedIn ? "signed-in" : "signed-out";
      const dir = join(out, name);
      mkdirSync(dir, { recursive: true });
      const app = await stack.startApp(`profile-${name}`, { nodeOptions: ["--cpu-prof", "--cpu-prof-dir", dir] });
      const headers: Record<string, string> = signedIn
        ? { cookie: await cookieHeader(await stack.signInOn(app), stack.pool) }
        : {};
      await load({ url: `${app.url}/`, seconds: 3, headers });
      const start = nowUs();
      const result = await load({ url: `${app.url}/`, seconds: SECONDS, headers });
      const window: Window = [start, nowUs()];
      await app.stop();
      console.log(`\n/ ${name}: ${result.rps.toFixed(0)} req/s over ${SECONDS} s (profile in ${dir}), self time:`);
      const fn = (frame: ProfileNode["callFrame"]) =>
        `${frame.functionName || "(anonymous)"} ${frame.url.replace(/^.*node_modules\//, "")}`;
      for (const file of readdirSync(dir)) {
        for (const [label, share] of [
          ...summarise(join(dir, file), window, bucket),
          ["--", 0] as [string, number],
          ...summarise(join(dir, file), window, fn),
        ]) {
          console.log(`  ${share.toFixed(1).padStart(5)} %  ${label}`);
        }
      }
    }
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
