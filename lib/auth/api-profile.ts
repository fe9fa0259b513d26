import "server-only";
import { createHash } from "node:crypto";
import { getUserProfile } from "../cognito/get-user";
import type { User } from "../cognito/types";
import { sharedStore } from "../store/shared";

// Bounds the GetUser calls per token, and how long a token revoked outside this app still works here.
const PROFILE_TTL_MS = 30_000;

const keyOf = (accessToken: string) => `profile:${createHash("sha256").update(accessToken).digest("base64url")}`;
const inFlight = new Map<string, Promise<User>>();

export function profileFor(accessToken: string): Promise<User> {
  const key = keyOf(accessToken);
  let pending = inFlight.get(key);
  if (!pending) {
    pending = lookUp(key, accessToken).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}

async function lookUp(key: string, accessToken: string): Promise<User> {
  const store = sharedStore();
  const cached = await store.get(key).catch(() => null);
  if (cached !== null) return JSON.parse(cached) as User;
  const profile = await getUserProfile(accessToken);
  await store.set(key, JSON.stringify(profile), PROFILE_TTL_MS).catch(() => undefined);
  return profile;
}
