import "server-only";
import { getConfig } from "../config/env";
import { LocalFallbackStore } from "./local-fallback";
import { MemoryStore } from "./memory-store";
import { processSingleton } from "./process-singleton";
import { RedisStore } from "./redis-store";
import type { SharedStore } from "./shared-store";

export function sharedStore(): SharedStore {
  return processSingleton("shared-store", () => {
    const { redisUrl } = getConfig();
    return redisUrl ? new RedisStore(redisUrl) : new MemoryStore();
  });
}

// Limits and cooldowns only: revocation checks must fail closed, so they use sharedStore().
export function sharedStoreOrLocal(): SharedStore {
  return processSingleton("shared-store-or-local", () => {
    if (!getConfig().redisUrl) return sharedStore();
    return new LocalFallbackStore(sharedStore(), new MemoryStore(), (error) =>
      console.error(`[shared-store] ${error.message}; limits and cooldowns count in this process until it answers`),
    );
  });
}
