import "server-only";
import type { User } from "../cognito/types";
import { readSession } from "../session/cookies";
import type { CookieJar } from "../session/types";
import { sessionIdOf, type AccessClaims } from "../tokens/claims";
import { verifyAccessToken } from "../tokens/verify";
import { reportStoreUnavailable, revocations, signInRegistry } from "./shared-state";

export interface VerifiedSession {
  user: User;
  accessToken: string;
  sessionId: string;
  claims: AccessClaims;
}

export type SessionCheck<T> = { status: "signed-in"; value: T } | { status: "signed-out" } | { status: "unavailable" };

const SIGNED_OUT = { status: "signed-out" } as const;
const UNAVAILABLE = { status: "unavailable" } as const;

export async function checkAccessToken(token: unknown): Promise<SessionCheck<AccessClaims>> {
  const claims = await verifyAccessToken(token);
  if (!claims) return SIGNED_OUT;
  try {
    return (await revocations().isTokenRevoked(claims)) ? SIGNED_OUT : { status: "signed-in", value: claims };
  } catch (error) {
    reportStoreUnavailable(error);
    return UNAVAILABLE;
  }
}

export async function checkSessionIn(jar: CookieJar): Promise<SessionCheck<VerifiedSession>> {
  const session = await readSession(jar);
  if (!session) return SIGNED_OUT;
  const claims = await verifyAccessToken(session.accessToken);
  if (!claims || claims.sub !== session.user.sub || sessionIdOf(claims) !== session.sessionId) return SIGNED_OUT;
  try {
    const registry = signInRegistry();
    const state = await registry.state(session.sessionId, session.user.sub);
    if (state.state === "ended") return SIGNED_OUT;
    await registry.touch(session.sessionId, state.lastActiveAt);
  } catch (error) {
    reportStoreUnavailable(error);
    return UNAVAILABLE;
  }
  const { user, accessToken, sessionId } = session;
  return { status: "signed-in", value: { user, accessToken, sessionId, claims } };
}
