import { authPagesJs, authShare, checks, cpuRatio, kb, throughputRatio, us, type BenchReport } from "./figures";
import { METHOD } from "./method";
import { EMPTY_PATH } from "./variant";

export type { BenchReport } from "./figures";

const htmlCell = (status: number, bytes: number) => (status === 200 ? kb(bytes) : `${kb(bytes)} (HTTP ${status})`);
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
const table = (head: string[], rows: (string | number)[][]) =>
  [row(head), row(head.map(() => "---")), ...rows.map(row)].join("\n");

function aboveFloor(route: BenchReport["js"][number], floor: number): string {
  if (route.route === EMPTY_PATH) return "(floor)";
  return route.status === 200 ? kb(route.gzipBytes - floor) : "n/a (redirects without a sign-in challenge)";
}

function sections(report: BenchReport): string[] {
  type Key = Parameters<typeof throughputRatio>[1];
  const r = (over: Key, under: Key) =>
    `${throughputRatio(report, over, under).toFixed(3)} (CPU: ${cpuRatio(report, over, under).toFixed(3)})`;
  const a = report.authCheck;
  const { jwks, memory, signIn } = report;
  const floor = report.js.find((route) => route.route === EMPTY_PATH)?.gzipBytes ?? 0;
  return [
    "## Targets",
    table(
      ["Target", "Measured", "Met"],
      checks(report).map((c) => [c.target, c.measured, c.met ? "yes" : "**no**"]),
    ),
    "## Paired service time (one connection, two variants alternating request by request)",
    table(
      [
        "Comparison",
        "pairs",
        "baseline p50 ms",
        "candidate p50 ms",
        "candidate's speed (median of pair ratios)",
        "block medians",
        "failed",
      ],
      report.paired.map((p) => [
        p.comparison.label,
        p.pairs,
        p.baselineMs.toFixed(2),
        p.candidateMs.toFixed(2),
        p.ratio.toFixed(3),
        p.blockRatios.map((ratio) => ratio.toFixed(3)).join(" "),
        p.failures,
      ]),
    ),
    `Share of a signed-in / spent in authentication (1 − the fixed session's time ÷ the real check's): ${(authShare(report) * 100).toFixed(1)} %.`,
    "## Page throughput under load (medians of rounds, one server)",
    table(
      ["Variant", "req/s", "p50 ms", "p99 ms", "server CPU µs/request", "failed requests"],
      report.pages.map((p) => [p.variant.label, p.rps.toFixed(0), p.p50, p.p99, p.cpuUs.toFixed(0), p.failures]),
    ),
    table(
      ["Ratio under load: req/s (and inverse CPU per request), median of per-round ratios", "Value"],
      [
        ["/ real middleware ÷ pass-through", r("real", "passThrough")],
        ["/ nonce-only middleware ÷ pass-through", r("nonceOnly", "passThrough")],
        ["/notifications real middleware ÷ pass-through", r("notificationsReal", "notificationsPassThrough")],
        ["/ real ÷ not matched by the middleware", r("real", "unmatched")],
        ["/ pass-through ÷ not matched: the framework's cost of invoking middleware", r("passThrough", "unmatched")],
        ["/ signed in, real ÷ fixed session", r("real", "fixed")],
        ["/ signed in ÷ signed out", r("real", "signedOut")],
        ["/ signed out ÷ the empty page", r("signedOut", "empty")],
      ],
    ),
    "## HTML sent (bytes of the document, and gzipped)",
    table(
      ["Page", "signed in", "signed in, gzipped", "signed out", "signed out, gzipped"],
      report.html.map((page) => [
        page.path,
        htmlCell(page.signedIn.status, page.signedIn.bytes),
        kb(page.signedIn.gzipBytes),
        htmlCell(page.signedOut.status, page.signedOut.bytes),
        kb(page.signedOut.gzipBytes),
      ]),
    ),
    "## Auth check (µs per check, in Node, the functions the middleware calls)",
    table(
      ["", "p50", "p99", "samples"],
      [
        ["cold: whole check (first sight of the cookie and of its token)", us(a.cold.p50), us(a.cold.p99), a.cold.n],
        ["cold: unseal", us(a.coldUnseal.p50), us(a.coldUnseal.p99), a.coldUnseal.n],
        ["cold: verify the access token", us(a.coldVerify.p50), us(a.coldVerify.p99), a.coldVerify.n],
        ["warm: whole check", us(a.warm.p50), us(a.warm.p99), a.warm.n],
        ["warm: unseal (cache lookup)", us(a.warmUnseal.p50), us(a.warmUnseal.p99), a.warmUnseal.n],
        ["warm: verify (cache lookup)", us(a.warmVerify.p50), us(a.warmVerify.p99), a.warmVerify.n],
      ],
    ),
    table(
      ["Distinct cookies checked", ...Object.keys(a.heapMb)],
      [["heap in use after a full GC", ...Object.values(a.heapMb).map((mb) => `${mb.toFixed(1)} MB`)]],
    ),
    "## Sign-in",
    table(
      ["", "p50 ms"],
      [
        ["server action (multipart POST of the form, 303 + cookies)", signIn.actionP50.toFixed(1)],
        ["raw InitiateAuth to the emulator", signIn.rawP50.toFixed(1)],
        [
          "action over raw",
          `+${(signIn.actionP50 - signIn.rawP50).toFixed(1)} ms (${(signIn.actionP50 / signIn.rawP50).toFixed(2)}×)`,
        ],
      ],
    ) + (signIn.failures.length ? `\n\nFailed sign-ins: ${signIn.failures.join("; ")}` : ""),
    "## JavaScript shipped (gzipped `<script src>` files)",
    table(
      ["Route", "HTTP", "scripts", "gzipped", "above the empty page"],
      report.js.map((j) => [j.route, j.status, j.scripts, kb(j.gzipBytes), aboveFloor(j, floor)]),
    ),
    "## JWKS fetches",
    table(
      ["Phase", "requests", "JWKS fetches", "valid requests during it answered signed in"],
      [
        [
          "fresh server: a sign-in, then its first signed-in requests (Edge and Node.js each fill their own cache)",
          200,
          jwks.warmUpFetches ?? "n/a",
          "",
        ],
        ["steady state (signed-in /api/me, after warm-up)", jwks.steadyRequests, jwks.steadyFetches ?? "n/a", ""],
        ...(
          [
            ["session cookies (Edge middleware)", jwks.edgeFlood],
            ["Bearer tokens (Node.js route handler)", jwks.nodeFlood],
          ] as const
        ).map(([who, flood]) => [
          `unknown-kid flood, ${jwks.floodSeconds} s, ${who}`,
          flood.requests,
          flood.fetches ?? "n/a",
          `${flood.validDuring.ok} of ${flood.validDuring.sent}`,
        ]),
      ],
    ),
    "## Memory",
    table(
      [
        "requests",
        "distinct sessions",
        "distinct access tokens",
        "RSS after warm-up",
        "RSS halfway",
        "RSS at the end",
        "failed",
        "req/s",
      ],
      [
        [
          memory.requests,
          memory.distinctSessions,
          memory.distinctTokens,
          ...Object.values(memory.rssMb).map((mb) => `${mb.toFixed(0)} MB`),
          memory.failures,
          memory.rps.toFixed(0),
        ],
      ],
    ) +
      (memory.requests < report.plan.memoryRequests
        ? `\n\nThe issue asks for ${report.plan.memoryRequests.toLocaleString("en")} requests; at ${report.jwks.steadyRps.toFixed(0)} req/s on this machine that many would break the 5-minute budget, so this run made ${memory.requests.toLocaleString("en")}. On a faster or quieter machine the bench makes more, up to ${report.plan.memoryRequests.toLocaleString("en")}.`
        : ""),
  ];
}

function header(report: BenchReport): string[] {
  const m = report.machine;
  const overloaded = Math.max(...m.loadAverage.split(" ").map(Number)) > m.cores;
  return [
    `Measured ${report.date} on ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}; load average at the end ${m.loadAverage}.`,
    `Whole run: ${report.totalSeconds.toFixed(0)} s (variant build ${report.build.built ? `${report.build.seconds.toFixed(0)} s` : "reused"}).`,
    ...(report.quick
      ? [
          `**A shortened run (BENCH_QUICK=1): ${report.plan.rounds} round of ${report.plan.seconds} s per variant, ${report.plan.floodSeconds} s floods, ${report.plan.distinctSessions.toLocaleString("en")} distinct sessions.**`,
        ]
      : []),
    ...(overloaded
      ? [
          `**Other work overloaded the machine (load average above its ${m.cores} cores): the req/s, latency, CPU and µs figures, and the targets judged on them, are noise. The byte counts and the JWKS fetch counts do not depend on load.**`,
        ]
      : []),
  ];
}

export function renderMarkdown(report: BenchReport): string {
  const intro = [
    "# Performance",
    "Written by `npm run bench` (tests/bench/run.ts): do not edit by hand, run it again.",
    ...header(report),
    "Absolute numbers depend on the machine and on what else runs on it; the ratios, measured side by side in one run, are what to compare.",
  ];
  return [...intro, ...sections(report), METHOD].join("\n\n") + "\n";
}

export function renderTable(report: BenchReport): string {
  return [
    ...header(report),
    ...sections(report),
    ...authPagesJs(report).map((j) => `${j.route}: ${kb(j.aboveFloor)} above the floor`),
  ].join("\n\n");
}
