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
 * The bench's copy of the app: the product's sources plus bench-only routes, a wrapping
 * middleware and a switchable session check, so no bench switch ever ships. It lives under
 * `.next-bench/` (git-ignored, as every `.next…` directory is) with node_modules symlinked back:
 * inside the project root that Turbopack insists on.
 */
/** BENCH_VARIANT_DIR lets two builds (say, before and after a change) live side by side. */
const VARIANT_DIR = process.env.BENCH_VARIANT_DIR ?? ".next-bench/variant";
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
  "scripts/start.mjs",
];
const STAMP = "bench-stamp.txt";

/** A copy of the home page that the middleware's matcher skips. */
export const UNMATCHED_PATH = "/bench-unmatched";
export const EMPTY_PATH = "/bench-empty";
/** Request header that makes the bench's middleware a pass-through. */
export const PASS_THROUGH_HEADER = { "x-bench-middleware": "pass" } as const;
/** Request header that makes it hand the render a CSP nonce, as Cruddur's does, and do nothing else. */
export const NONCE_ONLY_HEADER = { "x-bench-middleware": "nonce" } as const;
/** Cookie that makes the session check answer BENCH_FIXED_SESSION without reading anything. */
export const FIXED_SESSION_COOKIE = "bench-fixed-session=1";
const FIXED_NAME = FIXED_SESSION_COOKIE.split("=")[0];

const reexportHome = 'export { default } from "../page";\n';

const wrappingMiddleware = (config: string) => `import { NextResponse, type NextRequest } from "next/server";
import { securityHeadersFor } from "./lib/gate/security-headers";
import * as product from "./middleware.product";

type Handler = (request: NextRequest) => unknown;
const exported = product as unknown as Record<string, Handler | undefined>;
const cruddur = (exported.middleware ?? exported.proxy ?? exported.default) as Handler;
const [switchName, passValue] = ${JSON.stringify(Object.entries(PASS_THROUGH_HEADER)[0])};
const nonceValue = ${JSON.stringify(NONCE_ONLY_HEADER["x-bench-middleware"])};

export function middleware(request: NextRequest) {
  const mode = request.headers.get(switchName);
  if (mode === passValue) return NextResponse.next();
  if (mode !== nonceValue) return cruddur(request);
  const security = securityHeadersFor(request);
  return security.apply(NextResponse.next({ request: { headers: security.requestHeaders } }));
}

${config}
`;

const fixedFlag = `const fixed = (jar: { getAll(): { name: string }[] }) => jar.getAll().some(({ name }) => name === "${FIXED_NAME}");`;

const fixedResolveSession = `import type { CookieJar } from "../session/types";
import { resolveSession as product } from "./resolve-session.product";

${fixedFlag}

export const resolveSession: typeof product = (jar: CookieJar, nowSeconds?: number) =>
  fixed(jar) ? Promise.resolve({ signedIn: true, cookies: [], viewer: null }) : product(jar, nowSeconds);
`;

const fixedCheckSession = `import "server-only";
import type { CookieJar } from "../session/types";
import { checkSessionIn as product, type SessionCheck, type VerifiedSession } from "./verify-session.product";

export * from "./verify-session.product";

${fixedFlag}
const session = JSON.parse(process.env.BENCH_FIXED_SESSION ?? "null") as VerifiedSession | null;

export const checkSessionIn = (jar: CookieJar): Promise<SessionCheck<VerifiedSession>> =>
  fixed(jar) && session ? Promise.resolve({ status: "signed-in", value: session }) : product(jar);
`;

/** Modules of the product replaced in the copy (the original moves to `<name>.product.ts`). */
const SWAPPED: Record<string, string> = {
  "lib/gate/resolve-session.ts": fixedResolveSession,
  "lib/auth/verify-session.ts": fixedCheckSession,
};

const benchConfig = `import product from "./next.config.product";

// Type errors are the product build's business; a helper's work in progress must not stop the bench.
export default { ...product, typescript: { ...product.typescript, ignoreBuildErrors: true } };
`;

/** The product's \`export const config = {…}\` with the unmatched bench page excluded from its matcher. */
function unmatchedConfig(middlewareSource: string): string {
  const config = /export const config\s*=\s*\{[\s\S]*?\n\};/.exec(middlewareSource)?.[0];
  if (!config || !config.includes("(?!"))
    throw new Error("middleware.ts: could not find a matcher with a (?!…) exclusion to extend");
  return config.replace("(?!", `(?!${UNMATCHED_PATH.slice(1)}$|`);
}

const present = (root: string) => SOURCES.filter((source) => existsSync(join(root, source)));

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

function sourceHash(root: string): string {
  const hash = createHash("sha256").update(wrappingMiddleware("") + benchConfig + reexportHome);
  for (const text of Object.values(SWAPPED)) hash.update(text);
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
  mkdirSync(join(dir, "app/(main)", UNMATCHED_PATH), { recursive: true });
  writeFileSync(join(dir, "app/(main)", UNMATCHED_PATH, "page.tsx"), reexportHome);
  for (const [path, text] of Object.entries(SWAPPED)) {
    const product = join(dir, path);
    if (!existsSync(product)) throw new Error(`${path} is gone: the bench's session switch must follow it`);
    cpSync(product, product.replace(/\.ts$/, ".product.ts"));
    writeFileSync(product, text);
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
