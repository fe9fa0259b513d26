import "server-only";
import { MemoryStore } from "./memory-store";
import { processSingleton } from "./process-singleton";
import type { SharedStore } from "./shared-store";

/** The store for state shared across requests: in memory until REDIS_URL is wired in. */
export function sharedStore(): SharedStore {
  return processSingleton("shared-store", () => new MemoryStore());
}
