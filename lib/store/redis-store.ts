import "server-only";
import { RedisConnection } from "./redis-connection";
import type { SharedStore, WindowCount } from "./shared-store";

export const KEY_PREFIX = "cruddur:";
const DEFAULT_TIMEOUT_MS = 500;

const REPLACE_IF = `if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
return 1`;

const DELETE_IF = `if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
return redis.call('DEL', KEYS[1])`;

const px = (ms: number) => Math.max(1, Math.ceil(ms));

export class RedisStore implements SharedStore {
  private readonly connection: RedisConnection;

  constructor(url: string, timeoutMs = DEFAULT_TIMEOUT_MS) {
    this.connection = new RedisConnection(url, timeoutMs);
  }

  async get(key: string): Promise<string | null> {
    return this.connection.run((redis) => redis.get(KEY_PREFIX + key));
  }

  async getMany(keys: readonly string[]): Promise<(string | null)[]> {
    if (keys.length === 0) return [];
    return this.connection.run((redis) => redis.mGet(keys.map((key) => KEY_PREFIX + key)));
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.connection.run((redis) =>
      redis.set(KEY_PREFIX + key, value, { expiration: { type: "PX", value: px(ttlMs) } }),
    );
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    const reply = await this.connection.run((redis) =>
      redis.set(KEY_PREFIX + key, value, { condition: "NX", expiration: { type: "PX", value: px(ttlMs) } }),
    );
    return reply === "OK";
  }

  async replaceIf(key: string, expected: string, value: string, ttlMs: number): Promise<boolean> {
    const reply = await this.connection.run((redis) =>
      redis.eval(REPLACE_IF, { keys: [KEY_PREFIX + key], arguments: [expected, value, String(px(ttlMs))] }),
    );
    return reply === 1;
  }

  async delete(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.connection.run((redis) => redis.del(keys.map((key) => KEY_PREFIX + key)));
  }

  async deleteIf(key: string, expected: string): Promise<boolean> {
    const reply = await this.connection.run((redis) =>
      redis.eval(DELETE_IF, { keys: [KEY_PREFIX + key], arguments: [expected] }),
    );
    return reply === 1;
  }

  async increment(key: string, windowMs: number): Promise<WindowCount> {
    const prefixed = KEY_PREFIX + key;
    // NX: later hits must not extend the window the first hit opened.
    const [count, , resetInMs] = await this.connection.run((redis) =>
      redis.multi().incr(prefixed).pExpire(prefixed, px(windowMs), "NX").pTTL(prefixed).execTyped(),
    );
    return { count, resetInMs };
  }

  async addMember(setKey: string, member: string, ttlMs: number): Promise<void> {
    const prefixed = KEY_PREFIX + setKey;
    // NX gives a new set its expiry; GT lengthens an existing one, never shortens it.
    await this.connection.run((redis) =>
      redis
        .multi()
        .sAdd(prefixed, member)
        .pExpire(prefixed, px(ttlMs), "NX")
        .pExpire(prefixed, px(ttlMs), "GT")
        .execTyped(),
    );
  }

  async removeMember(setKey: string, member: string): Promise<void> {
    await this.connection.run((redis) => redis.sRem(KEY_PREFIX + setKey, member));
  }

  async members(setKey: string): Promise<string[]> {
    return this.connection.run((redis) => redis.sMembers(KEY_PREFIX + setKey));
  }

  close(): void {
    this.connection.close();
  }
}
