import type { User } from "../cognito/types";
import { getConfig } from "../config/env";
import { SESSION_REFRESH_PATH } from "../navigation/routes";
import { clearedSessionCookies, isSessionCookie, readSession } from "../session/cookies";
import { refreshDue } from "../session/refresh-due";
import type { CookieJar, CookieToSet, Session } from "../session/types";
import { verifyAccessToken } from "../tokens/verify";

interface SessionResolution {
  signedIn: boolean;
  cookies: CookieToSet[];
}

/** The resolution, and who is signed in (as the cookie says; the data access layer has the last word). */
interface GateSession extends SessionResolution {
  viewer: User | null;
}

const REFRESH_TIMEOUT_MS = 8_000;
const unchanged = (signedIn: boolean): SessionResolution => ({ signedIn, cookies: [] });
const signedOut = (jar: CookieJar): SessionResolution => ({ signedIn: false, cookies: clearedSessionCookies(jar) });

export async function resolveSession(jar: CookieJar, nowSeconds = Date.now() / 1000): Promise<GateSession> {
  const session = await readSession(jar);
  if (!session) {
    const resolution = jar.getAll().some(({ name }) => isSessionCookie(name)) ? signedOut(jar) : unchanged(false);
    return { ...resolution, viewer: null };
  }
  const resolution = await resolveStored(jar, session, nowSeconds);
  return { ...resolution, viewer: resolution.signedIn ? session.user : null };
}

async function resolveStored(jar: CookieJar, session: Session, nowSeconds: number): Promise<SessionResolution> {
  if (refreshDue(session.accessToken, session.accessExpiresAt, nowSeconds)) {
    return (await refreshInApp(jar)) ?? stillValid(session, nowSeconds);
  }
  const claims = await verifyAccessToken(session.accessToken);
  return claims?.sub === session.user.sub ? unchanged(true) : signedOut(jar);
}

async function refreshInApp(jar: CookieJar): Promise<SessionResolution | null> {
  const cookie = jar
    .getAll()
    .filter(({ name }) => isSessionCookie(name))
    .map(({ name, value }) => `${name}=${encodeURIComponent(value)}`)
    .join("; ");
  try {
    const response = await fetch(`${getConfig().internalOrigin}${SESSION_REFRESH_PATH}`, {
      method: "POST",
      headers: { cookie },
      cache: "no-store",
      signal: AbortSignal.timeout(REFRESH_TIMEOUT_MS),
    });
    return response.ok ? asResolution(await response.json()) : null;
  } catch {
    return null;
  }
}

function asResolution(body: unknown): SessionResolution | null {
  if (typeof body !== "object" || body === null) return null;
  const { signedIn, cookies } = body as Partial<SessionResolution>;
  return typeof signedIn === "boolean" && Array.isArray(cookies) ? { signedIn, cookies } : null;
}

async function stillValid(session: Session, nowSeconds: number): Promise<SessionResolution> {
  if (session.accessExpiresAt <= nowSeconds) return unchanged(false);
  const claims = await verifyAccessToken(session.accessToken);
  return unchanged(claims?.sub === session.user.sub);
}
