import type { SharedStore, WindowCount } from "./shared-store";

interface Entry {
  value: string | Set<string>;
  expiresAt: number;
}

const DEFAULT_MAX_ENTRIES = 200_000;

export class MemoryStore implements SharedStore {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxEntries = DEFAULT_MAX_ENTRIES,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  async get(key: string): Promise<string | null> {
    const value = this.live(key)?.value;
    return typeof value === "string" ? value : null;
  }

  async getMany(keys: readonly string[]): Promise<(string | null)[]> {
    return Promise.all(keys.map((key) => this.get(key)));
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    this.write(key, value, ttlMs);
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    if (this.live(key)) return false;
    this.write(key, value, ttlMs);
    return true;
  }

  async replaceIf(key: string, expected: string, value: string, ttlMs: number): Promise<boolean> {
    if (this.live(key)?.value !== expected) return false;
    this.write(key, value, ttlMs);
    return true;
  }

  async delete(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
  }

  async deleteIf(key: string, expected: string): Promise<boolean> {
    if (this.live(key)?.value !== expected) return false;
    this.entries.delete(key);
    return true;
  }

  async increment(key: string, windowMs: number): Promise<WindowCount> {
    const entry = this.live(key);
    if (!entry || typeof entry.value !== "string") {
      this.write(key, "1", windowMs);
      return { count: 1, resetInMs: windowMs };
    }
    entry.value = String(Number(entry.value) + 1);
    return { count: Number(entry.value), resetInMs: entry.expiresAt - this.now() };
  }

  async addMember(setKey: string, member: string, ttlMs: number): Promise<void> {
    const entry = this.live(setKey);
    const members = entry?.value instanceof Set ? entry.value : new Set<string>();
    members.add(member);
    this.write(setKey, members, Math.max(ttlMs, entry ? entry.expiresAt - this.now() : 0));
  }

  async removeMember(setKey: string, member: string): Promise<void> {
    const value = this.live(setKey)?.value;
    if (value instanceof Set) value.delete(member);
  }

  async members(setKey: string): Promise<string[]> {
    const value = this.live(setKey)?.value;
    return value instanceof Set ? [...value] : [];
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private write(key: string, value: Entry["value"], ttlMs: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }
}
