import "server-only";
import { createHash } from "node:crypto";
import type { SharedStore } from "../store/shared-store";

export interface SignInRecord {
  sub: string;
  startedAt: number;
  userAgent: string;
  generation: number;
}

export interface RegistrySettings {
  idleTimeoutMs: number;
  maxAgeMs: number;
}

type SignInState = { state: "active"; record: SignInRecord; lastActiveAt: number } | { state: "ended" };

const MAX_USER_AGENT = 256;
const TOUCH_EVERY_MS = 60_000;
const RECORD = /^\{.*\}$/s;

export const registryKeys = {
  record: (sid: string) => `sign-in:${sid}`,
  active: (sid: string) => `sign-in:${sid}:active`,
  ended: (sid: string) => `sign-in:${sid}:ended`,
  userSignIns: (sub: string) => `user:${sub}:sign-ins`,
  userEndedBefore: (sub: string) => `user:${sub}:ended-before`,
  account: (email: string) => `account:${createHash("sha256").update(email.trim().toLowerCase()).digest("base64url")}`,
};

// Always the same text for the same record: compare-and-set compares text.
function serialize({ sub, startedAt, userAgent, generation }: SignInRecord): string {
  return JSON.stringify({ sub, startedAt, userAgent, generation });
}

function parseRecord(text: string | null): SignInRecord | null {
  if (text === null || !RECORD.test(text)) return null;
  const value: unknown = JSON.parse(text);
  if (typeof value !== "object" || value === null) return null;
  const { sub, startedAt, userAgent, generation } = value as Record<string, unknown>;
  if (typeof sub !== "string" || typeof startedAt !== "number" || typeof generation !== "number") return null;
  return { sub, startedAt, generation, userAgent: typeof userAgent === "string" ? userAgent : "" };
}

export function createSignInRegistry(store: SharedStore, settings: RegistrySettings, now: () => number = Date.now) {
  async function record(sid: string, input: { sub: string; email: string; userAgent: string }) {
    // A sign-in recorded after a sign-out everywhere is newer than it, even within its millisecond.
    const endedBefore = Number((await store.get(registryKeys.userEndedBefore(input.sub))) ?? 0);
    const created: SignInRecord = {
      sub: input.sub,
      startedAt: Math.max(now(), endedBefore + 1),
      userAgent: input.userAgent.slice(0, MAX_USER_AGENT),
      generation: 0,
    };
    await store.set(registryKeys.record(sid), serialize(created), settings.maxAgeMs);
    await store.set(registryKeys.active(sid), String(created.startedAt), settings.idleTimeoutMs);
    await store.addMember(registryKeys.userSignIns(input.sub), sid, settings.maxAgeMs);
    await store.set(registryKeys.account(input.email), input.sub, settings.maxAgeMs);
    return created;
  }

  async function state(sid: string, sub: string): Promise<SignInState> {
    const [recordText = null, active = null, endedBefore = null] = await store.getMany([
      registryKeys.record(sid),
      registryKeys.active(sid),
      registryKeys.userEndedBefore(sub),
    ]);
    const found = parseRecord(recordText);
    if (!found || found.sub !== sub || active === null) return { state: "ended" };
    if (endedBefore !== null && found.startedAt <= Number(endedBefore)) return { state: "ended" };
    return { state: "active", record: found, lastActiveAt: Number(active) };
  }

  async function touch(sid: string, lastActiveAt: number): Promise<void> {
    if (now() - lastActiveAt < TOUCH_EVERY_MS) return;
    await store.set(registryKeys.active(sid), String(now()), settings.idleTimeoutMs);
  }

  async function advance(sid: string, current: SignInRecord): Promise<SignInRecord | null> {
    const next = { ...current, generation: current.generation + 1 };
    const ttl = current.startedAt + settings.maxAgeMs - now();
    if (ttl <= 0) return null;
    const swapped = await store.replaceIf(registryKeys.record(sid), serialize(current), serialize(next), ttl);
    if (!swapped) return null;
    await store.set(registryKeys.active(sid), String(now()), settings.idleTimeoutMs);
    return next;
  }

  async function list(sub: string) {
    const sids = await store.members(registryKeys.userSignIns(sub));
    const states = await Promise.all(sids.map(async (sid) => ({ sid, current: await state(sid, sub) })));
    return states.flatMap(({ sid, current }) =>
      current.state === "active" ? [{ sid, record: current.record, lastActiveAt: current.lastActiveAt }] : [],
    );
  }

  const subForEmail = (email: string) => store.get(registryKeys.account(email));

  async function moveAccount(sub: string, from: string, to: string): Promise<void> {
    await store.set(registryKeys.account(to), sub, settings.maxAgeMs);
    await store.delete([registryKeys.account(from)]);
  }

  return { record, state, touch, advance, list, subForEmail, moveAccount };
}
