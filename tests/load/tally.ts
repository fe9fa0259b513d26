export type Outcome = "success" | "rejected" | "error" | "lost";

export interface ScenarioResult {
  name: string;
  /** What the scenario requires, in words, for the report. */
  check: string;
  total: number;
  successes: number;
  rejections: number;
  errors: number;
  lostSessions: number;
  seconds: number;
  p95Ms: number;
  /** A few distinct error descriptions, to debug a failing run. */
  samples: string[];
}

/** Counts outcomes and latencies for one scenario. */
export class Tally {
  private readonly counts: Record<Outcome, number> = { success: 0, rejected: 0, error: 0, lost: 0 };
  private readonly latencies: number[] = [];
  private readonly samples = new Set<string>();
  private readonly started = performance.now();

  constructor(
    private readonly name: string,
    private readonly check: string,
  ) {}

  async time(run: () => Promise<[Outcome, string?]>): Promise<void> {
    const start = performance.now();
    let outcome: Outcome;
    let note: string | undefined;
    try {
      [outcome, note] = await run();
    } catch (error) {
      [outcome, note] = ["error", (error as Error).message];
    }
    this.latencies.push(performance.now() - start);
    this.counts[outcome]++;
    if (note && outcome !== "success" && outcome !== "rejected" && this.samples.size < 5)
      this.samples.add(`${outcome}: ${note}`);
  }

  result(): ScenarioResult {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return {
      name: this.name,
      check: this.check,
      total: sorted.length,
      successes: this.counts.success,
      rejections: this.counts.rejected,
      errors: this.counts.error,
      lostSessions: this.counts.lost,
      seconds: (performance.now() - this.started) / 1000,
      p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
      samples: [...this.samples],
    };
  }
}
