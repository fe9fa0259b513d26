import "server-only";
import { sealData, unsealData } from "iron-session";
import { ExpiringMap } from "../store/expiring-map";
import { processSingleton } from "../store/process-singleton";
import { passwordMap, sessionPassword } from "./passwords";

export const MAX_SEAL_LENGTH = 16 * 1024;
const VERSION_SUFFIX = "~2";
const CACHE_ENTRIES = 5_000;

export async function seal(data: unknown, secrets: readonly string[], ttlSeconds: number): Promise<string> {
  const [current] = secrets;
  if (!current) throw new Error("No session secret configured");
  const { id, password } = sessionPassword(current);
  return sealData(data, { password: { [id]: password }, ttl: ttlSeconds });
}

function sealExpiry(sealed: string, ids: Record<string, string>): number | null {
  if (sealed.length > MAX_SEAL_LENGTH || !sealed.endsWith(VERSION_SUFFIX)) return null;
  const parts = sealed.slice(0, -VERSION_SUFFIX.length).split("*");
  const [prefix, id, , , , expiration] = parts;
  if (parts.length !== 8 || prefix !== "Fe26.2" || !id || !Object.hasOwn(ids, id)) return null;
  if (!expiration || !/^\d{1,15}$/.test(expiration)) return null;
  const expiresAt = Number(expiration);
  return expiresAt > Date.now() ? expiresAt : null;
}

type SealReader<T> = (sealed: string, secrets: readonly string[]) => Promise<T | null>;

function sharedCache<T>(name: string | undefined): ExpiringMap<string, T> {
  const create = () => new ExpiringMap<string, T>(CACHE_ENTRIES);
  return name ? processSingleton(`seal-cache.${name}`, create) : create();
}

// Cached by seal text until the seal expires: safe, because the seal is authenticated.
export function createSealReader<T>(validate: (data: unknown) => T | null, cacheName?: string): SealReader<T> {
  const cache = sharedCache<T>(cacheName);
  return async (sealed, secrets) => {
    const ids = passwordMap(secrets);
    const expiresAt = sealExpiry(sealed, ids);
    if (expiresAt === null) return null;
    const cached = cache.get(sealed);
    if (cached) return cached;
    try {
      const value = validate(await unsealData<unknown>(sealed, { password: ids, ttl: 0 }));
      if (value !== null) cache.set(sealed, value, expiresAt);
      return value;
    } catch {
      return null;
    }
  };
}
