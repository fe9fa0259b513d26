import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "./atomic-write";
import { emptyState, type State } from "./types";

export const STATE_FILE = "state.json";

export class StoreLoadError extends Error {}

interface Waiter {
  version: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Holds the whole emulator state in memory. Operations mutate it synchronously (so they never
 * interleave) and then await `flush()`, which coalesces concurrent changes into serialized atomic writes.
 */
export class Store {
  private version = 0;
  private persisted = 0;
  private writing: Promise<void> | null = null;
  private waiters: Waiter[] = [];

  private constructor(
    readonly state: State,
    private readonly file: string | null,
  ) {}

  static inMemory(): Store {
    return new Store(emptyState(), null);
  }

  static async open(dataDir: string): Promise<Store> {
    await mkdir(dataDir, { recursive: true });
    const file = join(dataDir, STATE_FILE);
    const store = new Store(await readState(file), file);
    return store;
  }

  commit(): void {
    this.version += 1;
  }

  flush(): Promise<void> {
    if (!this.file || this.persisted >= this.version) return Promise.resolve();
    const promise = new Promise<void>((resolve, reject) => {
      this.waiters.push({ version: this.version, resolve, reject });
    });
    this.writing ??= this.writeLoop();
    return promise;
  }

  private async writeLoop(): Promise<void> {
    while (this.persisted < this.version) {
      const target = this.version;
      try {
        await writeFileAtomic(this.file as string, JSON.stringify(this.state));
        this.persisted = target;
        this.settle(
          (waiter) => waiter.version <= target,
          (waiter) => waiter.resolve(),
        );
      } catch (error) {
        this.settle(
          (waiter) => waiter.version <= target,
          (waiter) => waiter.reject(error),
        );
        this.persisted = target;
      }
    }
    this.writing = null;
  }

  private settle(match: (waiter: Waiter) => boolean, act: (waiter: Waiter) => void): void {
    const ready = this.waiters.filter(match);
    this.waiters = this.waiters.filter((waiter) => !match(waiter));
    ready.forEach(act);
  }
}

async function readState(file: string): Promise<State> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return emptyState();
    throw new StoreLoadError(`Cannot read the emulator store ${file}: ${(error as Error).message}`);
  }
  try {
    return validateState(JSON.parse(text));
  } catch (error) {
    throw new StoreLoadError(
      `The emulator store ${file} is corrupt (${(error as Error).message}). ` +
        "Nothing was changed: repair or delete the file, or start with --in-memory.",
    );
  }
}

function validateState(value: unknown): State {
  const candidate = value as Partial<State> | null;
  if (!candidate || typeof candidate !== "object") throw new Error("not a JSON object");
  if (candidate.version !== 1) throw new Error(`unsupported version ${String(candidate.version)}`);
  if (!candidate.pools || typeof candidate.pools !== "object") throw new Error("missing pools");
  if (!Array.isArray(candidate.outbox)) throw new Error("missing outbox");
  return candidate as State;
}
