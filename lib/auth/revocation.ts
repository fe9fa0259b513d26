import "server-only";
import type { SharedStore } from "../store/shared-store";
import type { AccessClaims } from "../tokens/claims";
import { sessionIdOf } from "../tokens/claims";
import { registryKeys, type RegistrySettings } from "./sign-in-registry";

export function createRevocations(store: SharedStore, settings: RegistrySettings, now: () => number = Date.now) {
  async function endSignIn(sid: string, sub: string, options: { accessValidityMs: number; refreshRevoked: boolean }) {
    const denyFor = options.refreshRevoked ? options.accessValidityMs : settings.maxAgeMs;
    await store.set(registryKeys.ended(sid), "1", denyFor);
    await store.delete([registryKeys.record(sid), registryKeys.active(sid)]);
    await store.removeMember(registryKeys.userSignIns(sub), sid);
  }

  async function endAllSignIns(sub: string): Promise<void> {
    await store.set(registryKeys.userEndedBefore(sub), String(now()), settings.maxAgeMs);
    const sids = await store.members(registryKeys.userSignIns(sub));
    await store.delete([...sids.flatMap((sid) => [registryKeys.record(sid), registryKeys.active(sid)])]);
    await store.delete([registryKeys.userSignIns(sub)]);
  }

  async function endAccount(sub: string, email: string, accessValidityMs: number): Promise<void> {
    await endAllSignIns(sub);
    await store.set(registryKeys.userEndedBefore(sub), String(now()), Math.max(accessValidityMs, 1));
    await store.delete([registryKeys.account(email)]);
  }

  async function endOtherSignIns(
    sub: string,
    keep: string,
    validity: { accessValidityMs: number; refreshRevoked: boolean },
  ) {
    const sids = await store.members(registryKeys.userSignIns(sub));
    await Promise.all(sids.filter((sid) => sid !== keep).map((sid) => endSignIn(sid, sub, validity)));
  }

  async function isTokenRevoked(claims: AccessClaims): Promise<boolean> {
    const [ended = null, endedBefore = null] = await store.getMany([
      registryKeys.ended(sessionIdOf(claims)),
      registryKeys.userEndedBefore(claims.sub),
    ]);
    if (ended !== null) return true;
    const signedInAt = (claims.auth_time ?? claims.iat) * 1000;
    return endedBefore !== null && signedInAt <= Number(endedBefore);
  }

  return { endSignIn, endAllSignIns, endAccount, endOtherSignIns, isTokenRevoked };
}
