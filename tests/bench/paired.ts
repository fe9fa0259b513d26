import http from "node:http";
import { median } from "./load";
import type { PageVariant, VariantKey } from "./throughput";

export type ComparisonKey = "itself" | "home" | "nonce" | "notifications" | "authentication";

interface Comparison {
  key: ComparisonKey;
  label: string;
  baseline: PageVariant;
  candidate: PageVariant;
}

export interface PairedResult {
  comparison: Comparison;
  pairs: number;
  baselineMs: number;
  candidateMs: number;
  /** Median over pairs of baseline time ÷ candidate time: the candidate's speed, the baseline's being 1. */
  ratio: number;
  /** The same median within each block, in the order the blocks ran. */
  blockRatios: number[];
  failures: number;
}

interface PairedPlan {
  warmUpSeconds: number;
  blocks: number;
  pairsPerBlock: number;
}

/**
 * The comparisons that decide the throughput targets, and one of the pass-through against itself,
 * whose distance from 1 is what the method can resolve.
 */
export function comparisons(variants: readonly PageVariant[]): Comparison[] {
  const variant = (key: VariantKey) => {
    const found = variants.find((candidate) => candidate.key === key);
    if (!found) throw new Error(`no page variant ${key}`);
    return found;
  };
  return [
    {
      key: "itself",
      label: "/ pass-through against itself (the method's resolution)",
      baseline: variant("passThrough"),
      candidate: variant("passThrough"),
    },
    {
      key: "home",
      label: "/ real middleware against pass-through",
      baseline: variant("passThrough"),
      candidate: variant("real"),
    },
    {
      key: "nonce",
      label: "/ nonce-only middleware against pass-through (what handing over the CSP nonce costs)",
      baseline: variant("passThrough"),
      candidate: variant("nonceOnly"),
    },
    {
      key: "notifications",
      label: "/notifications real middleware against pass-through",
      baseline: variant("notificationsPassThrough"),
      candidate: variant("notificationsReal"),
    },
    {
      key: "authentication",
      label: "/ signed in, real session check against a fixed session",
      baseline: variant("fixed"),
      candidate: variant("real"),
    },
  ];
}

/** One GET on `agent`'s one keep-alive connection: microseconds from sending to the last byte. */
function timedGet(
  agent: http.Agent,
  url: string,
  headers: Record<string, string>,
): Promise<{ us: number; ok: boolean }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    http
      .get(url, { agent, headers }, (response) => {
        response.resume();
        response.on("end", () =>
          resolve({ us: Number(process.hrtime.bigint() - started) / 1000, ok: response.statusCode === 200 }),
        );
      })
      .on("error", reject);
  });
}

const chunks = <T>(values: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(values.length / size) }, (_, i) => values.slice(i * size, (i + 1) * size));

/**
 * Each comparison alternates its two variants request by request (ABBA) on one connection, so both
 * see the same moment of the machine; blocks rotate through the comparisons.
 */
export async function measurePaired(
  origin: string,
  list: readonly Comparison[],
  plan: PairedPlan,
  log: (line: string) => void,
): Promise<PairedResult[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (variant: PageVariant) => timedGet(agent, origin + variant.path, variant.headers);
  const variants = [...new Set(list.flatMap((comparison) => [comparison.baseline, comparison.candidate]))];
  const warmUpEnds = Date.now() + plan.warmUpSeconds * 1000;
  while (Date.now() < warmUpEnds) for (const variant of variants) await get(variant);

  const samples = list.map(() => ({ baseline: [] as number[], candidate: [] as number[], failures: 0 }));
  try {
    for (let block = 0; block < plan.blocks; block++) {
      for (let turn = 0; turn < list.length; turn++) {
        const index = (turn + block) % list.length;
        const comparison = list[index] as Comparison;
        const into = samples[index] as (typeof samples)[number];
        for (let pair = 0; pair < plan.pairsPerBlock; pair++) {
          const baselineFirst = pair % 2 === 0;
          const first = await get(baselineFirst ? comparison.baseline : comparison.candidate);
          const second = await get(baselineFirst ? comparison.candidate : comparison.baseline);
          const [baseline, candidate] = baselineFirst ? [first, second] : [second, first];
          if (!baseline.ok || !candidate.ok) into.failures++;
          into.baseline.push(baseline.us);
          into.candidate.push(candidate.us);
        }
      }
      log(`  paired block ${block + 1}/${plan.blocks} done`);
    }
  } finally {
    agent.destroy();
  }
  return list.map((comparison, index) => {
    const { baseline, candidate, failures } = samples[index] as (typeof samples)[number];
    const ratios = baseline.map((time, i) => time / (candidate[i] ?? Number.NaN));
    return {
      comparison,
      pairs: ratios.length,
      baselineMs: median(baseline) / 1000,
      candidateMs: median(candidate) / 1000,
      ratio: median(ratios),
      blockRatios: chunks(ratios, plan.pairsPerBlock).map(median),
      failures,
    };
  });
}
