export interface WindowCount {
  count: number;
  resetInMs: number;
}

export interface SharedStore {
  get(key: string): Promise<string | null>;
  getMany(keys: readonly string[]): Promise<(string | null)[]>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  replaceIf(key: string, expected: string, value: string, ttlMs: number): Promise<boolean>;
  delete(keys: readonly string[]): Promise<void>;
  deleteIf(key: string, expected: string): Promise<boolean>;
  increment(key: string, windowMs: number): Promise<WindowCount>;
  addMember(setKey: string, member: string, ttlMs: number): Promise<void>;
  removeMember(setKey: string, member: string): Promise<void>;
  members(setKey: string): Promise<string[]>;
}

export class SharedStoreError extends Error {
  constructor(
    message: string,
    readonly reason: "unavailable" | "timeout" | "rejected",
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "SharedStoreError";
  }
}
