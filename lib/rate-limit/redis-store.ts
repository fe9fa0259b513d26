import { RedisConnection, parseRedisUrl } from "./redis-connection";
import type { RateLimitStore, WindowCount } from "./store";

// Atomic on the server: INCR, an expiry set by the window's first hit only, and the time left.
const INCREMENT_SCRIPT = `local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}`;

export const KEY_PREFIX = "cruddur:rate-limit:";

/** Counters shared by every app instance, in Redis or anything that speaks RESP and Lua (Valkey). */
export class RedisStore implements RateLimitStore {
  private readonly connection: RedisConnection;

  constructor(url: string, timeoutMs = 500) {
    this.connection = new RedisConnection(parseRedisUrl(url), timeoutMs);
  }

  async increment(key: string, windowMs: number): Promise<WindowCount> {
    const reply = await this.connection.command(["EVAL", INCREMENT_SCRIPT, 1, KEY_PREFIX + key, windowMs]);
    if (!Array.isArray(reply) || typeof reply[0] !== "number" || typeof reply[1] !== "number") {
      throw new Error("unexpected reply to the rate-limit script");
    }
    return { count: reply[0], resetInMs: reply[1] };
  }

  close(): void {
    this.connection.close();
  }
}
