import { refreshTokens } from "../cognito/refresh";
import { verifyAccessToken } from "../jwt";
import { authLog } from "../log/auth-log";
import { clearedSessionCookies, readRefreshCredentials, readSession, sessionCookies } from "../session";
import { sessionFromAuthTokens } from "../session/establish";
import { refreshDue } from "../session/refresh-due";
import type { CookieJar, CookieToSet, Session } from "../session/types";

/** What the middleware concludes about a request: signed in or not, and cookies to change. */
export interface SessionResolution {
  signedIn: boolean;
  cookies: CookieToSet[];
}

const unchanged = (signedIn: boolean): SessionResolution => ({ signedIn, cookies: [] });
const signedOut = (jar: CookieJar): SessionResolution => ({ signedIn: false, cookies: clearedSessionCookies(jar) });

/**
 * Reads and verifies the session, refreshing tokens that are expired or about to expire.
 * Never throws: anything that cannot be trusted means signed out, and its cookies are cleared.
 */
export async function resolveSession(jar: CookieJar, nowSeconds = Date.now() / 1000): Promise<SessionResolution> {
  const session = await readSession(jar);
  if (!session) return jar.getAll().some(isSessionCookie) ? signedOut(jar) : unchanged(false);
  if (refreshDue(session.accessToken, session.accessExpiresAt, nowSeconds)) return refresh(session, jar, nowSeconds);
  const claims = await verifyAccessToken(session.accessToken);
  return claims?.sub === session.user.sub ? unchanged(true) : signedOut(jar);
}

async function refresh(session: Session, jar: CookieJar, nowSeconds: number): Promise<SessionResolution> {
  const credentials = await readRefreshCredentials(jar);
  if (!credentials || credentials.username !== session.user.username) return stillValid(session, jar, nowSeconds);
  try {
    const renewed = await sessionFromAuthTokens(await refreshTokens(credentials.refreshToken, credentials.username));
    if (!renewed || renewed.user.sub !== session.user.sub) {
      await authLog.refreshFailed(session.user, "user-mismatch");
      return signedOut(jar);
    }
    const saved = await sessionCookies(renewed, jar);
    await authLog.refreshed(session.user);
    return { signedIn: saved.status === "saved", cookies: saved.cookies };
  } catch (error) {
    // Revoked or expired refresh token: signed out. Cognito unreachable or throttling: signed in
    // while the access token is still good, and the cookies stay either way, so the next
    // request can refresh once Cognito answers: an outage must not sign everyone out for good.
    const transient = error instanceof Error && "retryable" in error && error.retryable === true;
    await authLog.refreshFailed(session.user, transient ? "service-unavailable" : "revoked");
    if (!transient) return signedOut(jar);
    return session.accessExpiresAt <= nowSeconds ? unchanged(false) : stillValid(session, jar, nowSeconds);
  }
}

async function stillValid(session: Session, jar: CookieJar, nowSeconds: number): Promise<SessionResolution> {
  if (session.accessExpiresAt <= nowSeconds) return signedOut(jar);
  const claims = await verifyAccessToken(session.accessToken);
  return claims?.sub === session.user.sub ? unchanged(true) : signedOut(jar);
}

function isSessionCookie({ name }: { name: string }): boolean {
  return /^(__Host-)?cruddur-(session|refresh)(\.\d+)?$/.test(name);
}
