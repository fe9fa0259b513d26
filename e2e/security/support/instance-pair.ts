import type { NextServer } from "../../../tests/stack/next-server";
import { startBalancer, type Balancer } from "./balancer";
import { startRedisServer, type RedisServer } from "../../../tests/stack/redis-server";
import { startFaultProxy, type FaultProxy } from "./fault-proxy";
import { startFaultApp, startFaultPool, type FaultPool } from "./fault-stack";

/** Two `next start` instances of one app (one session secret, one Redis), as behind a load balancer. */
export interface InstancePair {
  pool: FaultPool;
  proxy: FaultProxy;
  redis: RedisServer;
  a: NextServer;
  b: NextServer;
  /** The one origin browsers use; requests go to A or B (see INSTANCE_HEADER). */
  front: Balancer;
  stop(): Promise<void>;
}

/** `rotate`: the app client rotates refresh tokens, and both instances are configured for it. */
export async function startInstancePair(name: string, options: { rotate?: boolean } = {}): Promise<InstancePair> {
  const pool = await startFaultPool({ shortTokens: true, rotate: options.rotate });
  const proxy = await startFaultProxy(pool.url);
  const redis = await startRedisServer();
  const env = { REDIS_URL: redis.url };
  const [a, b] = await Promise.all([
    startFaultApp(pool, `${name}-a`, proxy.url, env),
    startFaultApp(pool, `${name}-b`, proxy.url, env),
  ]);
  const front = await startBalancer({ a: a.url, b: b.url });
  const stop = async () => {
    await front.close();
    await Promise.all([a.stop(), b.stop()]);
    await Promise.all([redis.close(), proxy.close(), pool.stop()]);
  };
  return { pool, proxy, redis, a, b, front, stop };
}
