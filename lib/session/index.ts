import "server-only";
import { getConfig } from "../env";
import {
  clearedCookiesWith,
  readRefresh,
  readSessionWith,
  readSessionWithRefresh,
  sessionCookiesWith,
  type SessionSettings,
} from "./store";
import type { CookieJar, CookieToSet, SaveResult, Session } from "./types";

export type { CookieJar, CookieOptions, CookieToSet, SaveResult, Session, SessionUser } from "./types";
export { sessionFromTokens, sessionIdOf } from "./from-tokens";
export { cookieNames, requestCookieHeader } from "./store";

function settings(): SessionSettings {
  const config = getConfig();
  return { secure: config.isProduction, secrets: config.sessionSecrets };
}

/**
 * The stored session, or null for "signed out" (absent, tampered, foreign, expired…). Never
 * throws. Without `refreshToken`: that is a second unseal, done only by readSessionForRefresh.
 */
export async function readSession(jar: CookieJar): Promise<Session | null> {
  return readSessionWith(jar, settings());
}

/** readSession plus the refresh token (when the refresh cookie belongs to the same user). */
export async function readSessionForRefresh(jar: CookieJar): Promise<Session | null> {
  return readSessionWithRefresh(jar, settings());
}

/** The refresh credentials alone, for when the session cookie is gone but the refresh cookie is not. */
export async function readRefreshCredentials(
  jar: CookieJar,
): Promise<{ refreshToken: string; username: string } | null> {
  const refresh = await readRefresh(jar, settings());
  return refresh && { refreshToken: refresh.refreshToken, username: refresh.username };
}

/** Pass the jar the request came with, so stale chunks of a larger earlier session get deleted. */
export async function sessionCookies(session: Session, jar?: CookieJar): Promise<SaveResult> {
  return sessionCookiesWith(session, settings(), jar);
}

export function clearedSessionCookies(jar?: CookieJar): CookieToSet[] {
  return clearedCookiesWith(settings(), jar);
}
