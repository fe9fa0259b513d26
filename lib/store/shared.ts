import "server-only";
import { getConfig } from "../config/env";
import { LocalFallbackStore } from "./local-fallback";
import { MemoryStore } from "./memory-store";
import { processSingleton } from "./process-singleton";
import { RedisStore } from "./redis-store";
import type { SharedStore } from "./shared-store";

/**
 * The store for state shared across requests and instances: Redis when REDIS_URL is set, else
 * this process's memory. It fails fast: while Redis cannot answer, operations reject with
 * SharedStoreError, which callers such as revocation checks must treat as "cannot verify".
 */
export function sharedStore(): SharedStore {
  return processSingleton("shared-store", () => {
    const { redisUrl } = getConfig();
    return redisUrl ? new RedisStore(redisUrl) : new MemoryStore();
  });
}

/** The same store, but counting in this process while Redis cannot answer: for limits and cooldowns. */
export function sharedStoreOrLocal(): SharedStore {
  return processSingleton("shared-store-or-local", () => {
    if (!getConfig().redisUrl) return sharedStore();
    return new LocalFallbackStore(sharedStore(), new MemoryStore(), (error) =>
      console.error(`[shared-store] ${error.message}; limits and cooldowns count in this process until it answers`),
    );
  });
}
