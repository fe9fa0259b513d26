import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRedisServer, type RedisServer } from "../../tests/stack/redis-server";
import { KEY_PREFIX, RedisStore } from "./redis-store";
import { describeSharedStore } from "./shared-store.contract";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let redis: RedisServer;
let store: RedisStore;

beforeAll(async () => {
  redis = await startRedisServer();
  store = new RedisStore(redis.url);
});

afterAll(async () => {
  store?.close();
  await redis?.close();
});

describeSharedStore("RedisStore", async () => ({ store, advance: sleep }));

describe("RedisStore on a real redis-server", () => {
  it("keeps every key under the cruddur: prefix", async () => {
    await store.set("prefix-check", "v", 60_000);
    expect(KEY_PREFIX).toBe("cruddur:");
    expect(await redis.command(["GET", "cruddur:prefix-check"])).toBe("v");
  });

  it("keeps the longer TTL when a member is added to a set", async () => {
    await store.addMember("ttl-set", "a", 60_000);
    await store.addMember("ttl-set", "b", 1_000);
    expect(Number(await redis.command(["PTTL", "cruddur:ttl-set"]))).toBeGreaterThan(50_000);
    await store.addMember("ttl-set", "c", 120_000);
    expect(Number(await redis.command(["PTTL", "cruddur:ttl-set"]))).toBeGreaterThan(110_000);
  });

  it("gives a counter that lost its expiry a window again", async () => {
    await redis.command(["SET", "cruddur:no-expiry", "5"]);
    const hit = await store.increment("no-expiry", 1_000);
    expect(hit.count).toBe(6);
    expect(hit.resetInMs).toBeGreaterThan(0);
    expect(hit.resetInMs).toBeLessThanOrEqual(1_000);
  });

  it("turns a refused command into a SharedStoreError", async () => {
    await store.addMember("a-set", "a", 60_000);
    await expect(store.get("a-set")).rejects.toMatchObject({ name: "SharedStoreError", reason: "rejected" });
  });

  it("reads the password and database number from the URL", async () => {
    const secured = await startRedisServer({ password: "s:cret@1" });
    const inDb3 = new RedisStore(`${secured.url}/3`);
    try {
      await inDb3.set("db-check", "v", 60_000);
      expect(await inDb3.get("db-check")).toBe("v");
      expect(await secured.command(["INFO", "keyspace"])).toMatch(/^db3:keys=1,/m);
    } finally {
      inDb3.close();
      await secured.close();
    }
  });

  it("fails fast, and says why, with a wrong password", async () => {
    const secured = await startRedisServer({ password: "right" });
    const wrong = new RedisStore(secured.url.replace("right", "wrong"));
    try {
      const reason = async () => String(await wrong.get("k").catch((error: unknown) => error));
      await expect.poll(reason, { timeout: 2_000 }).toMatch(/SharedStoreError: Redis unavailable: .*WRONGPASS/);
    } finally {
      wrong.close();
      await secured.close();
    }
  });

  it("speaks TLS to a rediss:// URL", async () => {
    const server = createServer();
    const firstBytes = new Promise<Buffer>((resolve) =>
      server.once("connection", (socket) => socket.once("data", resolve)),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const tls = new RedisStore(`rediss://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`);
    try {
      const [recordType, majorVersion] = await firstBytes;
      expect([recordType, majorVersion]).toEqual([0x16, 0x03]);
    } finally {
      tls.close();
      server.close();
    }
  });
});
