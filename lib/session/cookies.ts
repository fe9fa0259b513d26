import "server-only";
import { getConfig } from "../config/env";
import { chunkDeletions, readChunked, splitIntoChunks } from "./chunks";
import { readRefreshSeal, readSessionSeal, toRefreshPayload, toSessionPayload } from "./payloads";
import { seal } from "./seal";
import type { CookieJar, CookieOptions, CookieToSet, SaveResult, Session } from "./types";

const SESSION_TTL_SECONDS = 30 * 24 * 3600;
const CLOCK_SKEW_SECONDS = 60;
const SESSION_COOKIE = /^(__Host-)?cruddur-(session|refresh)(\.\d+)?$/;

interface SessionSettings {
  secure: boolean;
  secrets: readonly string[];
}

function configuredSettings(): SessionSettings {
  const config = getConfig();
  return { secure: config.isProduction, secrets: config.sessionSecrets };
}

export function cookieNames(secure: boolean): { session: string; refresh: string } {
  const prefix = secure ? "__Host-" : "";
  return { session: `${prefix}cruddur-session`, refresh: `${prefix}cruddur-refresh` };
}

export function isSessionCookie(name: string): boolean {
  return SESSION_COOKIE.test(name);
}

function cookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, secure, sameSite: "lax", path: "/", maxAge: SESSION_TTL_SECONDS - CLOCK_SKEW_SECONDS };
}

interface ReadOptions {
  withRefreshToken?: boolean;
  settings?: SessionSettings;
}

export async function readSession(
  jar: CookieJar,
  { withRefreshToken = false, settings = configuredSettings() }: ReadOptions = {},
): Promise<Session | null> {
  const names = cookieNames(settings.secure);
  const sealed = readChunked(jar, names.session);
  const payload = sealed ? await readSessionSeal(sealed, settings.secrets) : null;
  if (!payload) return null;
  const { user, accessToken, accessExpiresAt, sessionId, generation, confirmedAt } = payload;
  const session: Session = { user, accessToken, accessExpiresAt, sessionId, generation, confirmedAt };
  if (!withRefreshToken) return session;
  const sealedRefresh = readChunked(jar, names.refresh);
  const refresh = sealedRefresh ? await readRefreshSeal(sealedRefresh, settings.secrets) : null;
  if (refresh?.username === user.username) session.refreshToken = refresh.refreshToken;
  return session;
}

async function sealedCookies(name: string, data: unknown, settings: SessionSettings, jar?: CookieJar) {
  const options = cookieOptions(settings.secure);
  const chunks = splitIntoChunks(name, await seal(data, settings.secrets, SESSION_TTL_SECONDS), options);
  return chunks && [...chunks, ...chunkDeletions(name, chunks.length, options, jar)];
}

export async function sessionCookies(
  session: Session,
  jar?: CookieJar,
  settings = configuredSettings(),
): Promise<SaveResult> {
  const names = cookieNames(settings.secure);
  const sessionPart = await sealedCookies(names.session, toSessionPayload(session), settings, jar);
  const refreshPart = session.refreshToken
    ? await sealedCookies(names.refresh, toRefreshPayload(session.refreshToken, session.user.username), settings, jar)
    : [];
  if (!sessionPart || !refreshPart) {
    console.warn("[session] session too large for the cookie budget; signing out", { sub: session.user.sub });
    return { status: "too-large", cookies: clearedSessionCookies(jar, settings) };
  }
  return { status: "saved", cookies: [...sessionPart, ...refreshPart] };
}

export function clearedSessionCookies(jar?: CookieJar, settings = configuredSettings()): CookieToSet[] {
  const names = cookieNames(settings.secure);
  const options = cookieOptions(settings.secure);
  return [...chunkDeletions(names.session, 0, options, jar), ...chunkDeletions(names.refresh, 0, options, jar)];
}

export function requestCookieHeader(jar: CookieJar, changes: readonly CookieToSet[]): string {
  const cookies = new Map(jar.getAll().map((cookie) => [cookie.name, cookie.value]));
  for (const { name, value, options } of changes) {
    if (options.maxAge > 0) cookies.set(name, value);
    else cookies.delete(name);
  }
  return [...cookies].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join("; ");
}
