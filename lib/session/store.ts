import { chunkDeletions, readChunked, splitIntoChunks } from "./chunks";
import { readRefreshSeal, readSessionSeal, toRefreshPayload, toSessionPayload } from "./payloads";
import { seal } from "./seal";
import type { CookieJar, CookieOptions, CookieToSet, SaveResult, Session } from "./types";

/** As long as Cognito's default refresh token validity: the session cannot outlive it usefully. */
export const SESSION_TTL_SECONDS = 30 * 24 * 3600;
const CLOCK_SKEW_SECONDS = 60;

export interface SessionSettings {
  secure: boolean;
  secrets: readonly string[];
}

export const SESSION_COOKIE = "cruddur-session";
export const REFRESH_COOKIE = "cruddur-refresh";

export function cookieNames(secure: boolean): { session: string; refresh: string } {
  const prefix = secure ? "__Host-" : "";
  return { session: `${prefix}${SESSION_COOKIE}`, refresh: `${prefix}${REFRESH_COOKIE}` };
}

export function cookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, secure, sameSite: "lax", path: "/", maxAge: SESSION_TTL_SECONDS - CLOCK_SKEW_SECONDS };
}

export async function readRefresh(jar: CookieJar, settings: SessionSettings) {
  const sealed = readChunked(jar, cookieNames(settings.secure).refresh);
  return sealed ? readRefreshSeal(sealed, settings.secrets) : null;
}

export async function readSessionWith(jar: CookieJar, settings: SessionSettings): Promise<Session | null> {
  const sealed = readChunked(jar, cookieNames(settings.secure).session);
  const payload = sealed ? await readSessionSeal(sealed, settings.secrets) : null;
  if (!payload) return null;
  const { user, accessToken, accessExpiresAt, sessionId } = payload;
  return { user, accessToken, accessExpiresAt, sessionId };
}

/** The session plus its refresh token: a second unseal, so only when a refresh or sign-out needs it. */
export async function readSessionWithRefresh(jar: CookieJar, settings: SessionSettings): Promise<Session | null> {
  const session = await readSessionWith(jar, settings);
  if (!session) return null;
  const refresh = await readRefresh(jar, settings);
  if (refresh && refresh.username === session.user.username) session.refreshToken = refresh.refreshToken;
  return session;
}

export function clearedCookiesWith(settings: SessionSettings, jar?: CookieJar): CookieToSet[] {
  const names = cookieNames(settings.secure);
  const options = cookieOptions(settings.secure);
  return [...chunkDeletions(names.session, 0, options, jar), ...chunkDeletions(names.refresh, 0, options, jar)];
}

async function sealedCookies(name: string, data: unknown, settings: SessionSettings, jar?: CookieJar) {
  const options = cookieOptions(settings.secure);
  const chunks = splitIntoChunks(name, await seal(data, settings.secrets, SESSION_TTL_SECONDS), options);
  return chunks && [...chunks, ...chunkDeletions(name, chunks.length, options, jar)];
}

/**
 * The Set-Cookie list that stores `session`. The refresh cookie is written only when the
 * session carries a refresh token (sign-in, or a rotated token). Never throws for size: a
 * session too large for MAX_CHUNKS cookies comes back as "too-large" with cookies that sign out.
 */
export async function sessionCookiesWith(
  session: Session,
  settings: SessionSettings,
  jar?: CookieJar,
): Promise<SaveResult> {
  const names = cookieNames(settings.secure);
  const sessionPart = await sealedCookies(names.session, toSessionPayload(session), settings, jar);
  const refreshPart = session.refreshToken
    ? await sealedCookies(names.refresh, toRefreshPayload(session.refreshToken, session.user.username), settings, jar)
    : [];
  if (!sessionPart || !refreshPart) {
    console.warn("[session] session too large for the cookie budget; signing out", { sub: session.user.sub });
    return { status: "too-large", cookies: clearedCookiesWith(settings, jar) };
  }
  return { status: "saved", cookies: [...sessionPart, ...refreshPart] };
}

/**
 * The request Cookie header as it will look once `changes` apply, so the middleware can hand
 * the refreshed session to this same request's render.
 */
export function requestCookieHeader(jar: CookieJar, changes: readonly CookieToSet[]): string {
  const cookies = new Map(jar.getAll().map((cookie) => [cookie.name, cookie.value]));
  for (const { name, value, options } of changes) {
    if (options.maxAge > 0) cookies.set(name, value);
    else cookies.delete(name);
  }
  return [...cookies].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join("; ");
}
