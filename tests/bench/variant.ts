import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";

/**
 * The bench's copy of the app: the product's sources plus bench-only routes and a wrapping
 * middleware, so no bench switch ever ships. It lives under `.next-bench/` (git-ignored, as
 * every `.next…` directory is) with node_modules symlinked back: inside the project root that
 * Turbopack insists on.
 */
const VARIANT_DIR = ".next-bench/variant";
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "middleware.ts",
  "instrumentation.ts",
  "next.config.ts",
  "package.json",
  "tsconfig.json",
];
const STAMP = "bench-stamp.txt";

/** The three copies of the home page that differ only in how the middleware treats them. */
export const PAGE_PATHS = { unmatched: "/bench-unmatched", passThrough: "/bench-pass", real: "/bench-real" } as const;
export const EMPTY_PATH = "/bench-empty";

const reexportHome = 'export { default } from "../page";\n';

const wrappingMiddleware = (config: string) => `import { NextResponse, type NextRequest } from "next/server";
import * as product from "./middleware.product";

type Handler = (request: NextRequest) => unknown;
const exported = product as unknown as Record<string, Handler | undefined>;
const cruddur = (exported.middleware ?? exported.proxy ?? exported.default) as Handler;

export function middleware(request: NextRequest) {
  return request.nextUrl.pathname === "${PAGE_PATHS.passThrough}" ? NextResponse.next() : cruddur(request);
}

${config}
`;

const benchConfig = `import product from "./next.config.product";

// Type errors are the product build's business; a helper's work in progress must not stop the bench.
export default { ...product, typescript: { ...product.typescript, ignoreBuildErrors: true } };
`;

/** The product's `export const config = {…}` with the unmatched bench page excluded from its matcher. */
function unmatchedConfig(middlewareSource: string): string {
  const config = /export const config\s*=\s*\{[\s\S]*?\n\};/.exec(middlewareSource)?.[0];
  if (!config || !config.includes("(?!"))
    throw new Error("middleware.ts: could not find a matcher with a (?!…) exclusion to extend");
  return config.replace("(?!", `(?!${PAGE_PATHS.unmatched.slice(1)}$|`);
}

const present = (root: string) => SOURCES.filter((source) => existsSync(join(root, source)));

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

function sourceHash(root: string): string {
  const hash = createHash("sha256").update(wrappingMiddleware("") + benchConfig + reexportHome);
  for (const file of present(root)
    .flatMap((source) => filesUnder(join(root, source)))
    .sort()) {
    hash.update(relative(root, file)).update(readFileSync(file));
  }
  return hash.digest("hex");
}

function writeVariant(root: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const source of present(root)) cpSync(join(root, source), join(dir, source), { recursive: true });
  symlinkSync(relative(dir, join(root, "node_modules")), join(dir, "node_modules"));
  const middleware = readFileSync(join(root, "middleware.ts"), "utf8");
  writeFileSync(join(dir, "middleware.product.ts"), middleware);
  writeFileSync(join(dir, "middleware.ts"), wrappingMiddleware(unmatchedConfig(middleware)));
  cpSync(join(root, "next.config.ts"), join(dir, "next.config.product.ts"));
  writeFileSync(join(dir, "next.config.ts"), benchConfig);
  for (const path of Object.values(PAGE_PATHS)) {
    mkdirSync(join(dir, "app/(main)", path), { recursive: true });
    writeFileSync(join(dir, "app/(main)", path, "page.tsx"), reexportHome);
  }
  mkdirSync(join(dir, "app", EMPTY_PATH), { recursive: true });
  writeFileSync(join(dir, "app", EMPTY_PATH, "page.tsx"), "export default function Empty() {\n  return null;\n}\n");
}

/** Builds the variant unless a build of exactly these sources is already there. Returns its directory. */
export function buildVariant(
  root: string,
  log: (line: string) => void,
): { dir: string; built: boolean; seconds: number } {
  const dir = join(root, VARIANT_DIR);
  const hash = sourceHash(root);
  const stampFile = join(dir, STAMP);
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash && existsSync(join(dir, ".next/BUILD_ID"))) {
    log("variant build is up to date with the sources: reusing it");
    return { dir, built: false, seconds: 0 };
  }
  log(`building the bench variant in ${VARIANT_DIR} (next build)…`);
  const started = Date.now();
  writeVariant(root, dir);
  execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    cwd: dir,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: ".next", NEXT_TELEMETRY_DISABLED: "1" },
  });
  writeFileSync(stampFile, hash);
  return { dir, built: true, seconds: (Date.now() - started) / 1000 };
}
