import { clientNotFound, poolNotFound, secretHashInvalid, secretHashMissing } from "../errors";
import type { Outbox } from "../outbox";
import { secretHashMatches } from "../secret-hash";
import type { ClientRecord, PoolRecord, State, UserRecord } from "../store/types";
import type { Keyring } from "../tokens/keyring";

export interface Ctx {
  state: State;
  now(): number;
  outbox: Outbox;
  keys: Keyring;
  fixedCode?: string;
  allowShortTokens: boolean;
  /** Region of the caller's SigV4 scope, used for new pool ids. */
  region: string;
}

export function getPool(ctx: Ctx, poolId: string): PoolRecord {
  const pool = ctx.state.pools[poolId];
  if (!pool) throw poolNotFound(poolId);
  return pool;
}

export function getClient(pool: PoolRecord, clientId: string): ClientRecord {
  const client = pool.clients[clientId];
  if (!client) throw clientNotFound(clientId);
  return client;
}

/** Public (client-side) operations name only the app client; client ids are unique across pools. */
export function findClient(ctx: Ctx, clientId: string): { pool: PoolRecord; client: ClientRecord } {
  for (const pool of Object.values(ctx.state.pools)) {
    const client = pool.clients[clientId];
    if (client) return { pool, client };
  }
  throw clientNotFound(clientId);
}

export const emailIsUsername = (pool: PoolRecord) => pool.usernameAttributes.includes("email");

const caseSensitive = (pool: PoolRecord) =>
  (pool.extra.UsernameConfiguration as { CaseSensitive?: boolean } | undefined)?.CaseSensitive === true;

/** Finds a user by Cognito username or, where the pool allows it, by email. */
export function findUser(pool: PoolRecord, name: string): UserRecord | undefined {
  const direct = pool.users[name];
  if (direct) return direct;
  const wanted = caseSensitive(pool) ? name : name.toLowerCase();
  const normalise = (value: string) => (caseSensitive(pool) ? value : value.toLowerCase());
  const byEmail = emailIsUsername(pool) || pool.aliasAttributes.includes("email");
  return Object.values(pool.users).find(
    (user) =>
      normalise(user.username) === wanted ||
      (byEmail && user.attributes.email !== undefined && normalise(user.attributes.email) === wanted),
  );
}

export function assertSecretHash(client: ClientRecord, given: string | undefined, username: string): void {
  if (!client.clientSecret) return;
  if (!given) throw secretHashMissing(client.clientId);
  if (!secretHashMatches(given, username, client.clientId, client.clientSecret)) {
    throw secretHashInvalid(client.clientId);
  }
}

export const hidesUserExistence = (client: ClientRecord) => client.preventUserExistenceErrors === "ENABLED";

export function touch(user: UserRecord, ctx: Ctx): void {
  user.updatedAt = ctx.now();
}
