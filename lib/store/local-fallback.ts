import { SharedStoreError, type SharedStore, type WindowCount } from "./shared-store";

const REPORT_EVERY_MS = 60_000;

export class LocalFallbackStore implements SharedStore {
  private lastReport = -Infinity;

  constructor(
    private readonly shared: SharedStore,
    private readonly local: SharedStore,
    private readonly report: (error: SharedStoreError) => void,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): Promise<string | null> {
    return this.attempt((store) => store.get(key));
  }

  getMany(keys: readonly string[]): Promise<(string | null)[]> {
    return this.attempt((store) => store.getMany(keys));
  }

  set(key: string, value: string, ttlMs: number): Promise<void> {
    return this.attempt((store) => store.set(key, value, ttlMs));
  }

  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    return this.attempt((store) => store.setIfAbsent(key, value, ttlMs));
  }

  replaceIf(key: string, expected: string, value: string, ttlMs: number): Promise<boolean> {
    return this.attempt((store) => store.replaceIf(key, expected, value, ttlMs));
  }

  delete(keys: readonly string[]): Promise<void> {
    return this.attempt((store) => store.delete(keys));
  }

  deleteIf(key: string, expected: string): Promise<boolean> {
    return this.attempt((store) => store.deleteIf(key, expected));
  }

  increment(key: string, windowMs: number): Promise<WindowCount> {
    return this.attempt((store) => store.increment(key, windowMs));
  }

  addMember(setKey: string, member: string, ttlMs: number): Promise<void> {
    return this.attempt((store) => store.addMember(setKey, member, ttlMs));
  }

  removeMember(setKey: string, member: string): Promise<void> {
    return this.attempt((store) => store.removeMember(setKey, member));
  }

  members(setKey: string): Promise<string[]> {
    return this.attempt((store) => store.members(setKey));
  }

  private async attempt<T>(operation: (store: SharedStore) => Promise<T>): Promise<T> {
    try {
      return await operation(this.shared);
    } catch (error) {
      if (!(error instanceof SharedStoreError)) throw error;
      if (this.now() - this.lastReport >= REPORT_EVERY_MS) {
        this.lastReport = this.now();
        this.report(error);
      }
      return operation(this.local);
    }
  }
}
