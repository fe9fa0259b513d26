import { refreshTokens } from "../cognito/refresh";
import { authLog } from "../log/auth-log";
import { clearedSessionCookies, isSessionCookie, readSession, sessionCookies } from "../session/cookies";
import { sessionFromTokens } from "../session/from-tokens";
import { refreshDue } from "../session/refresh-due";
import type { CookieJar, CookieToSet, Session } from "../session/types";
import { verifyAccessToken } from "../tokens/verify";

/** What the middleware concludes about a request: signed in or not, and cookies to change. */
interface SessionResolution {
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
  if (!session) return jar.getAll().some(({ name }) => isSessionCookie(name)) ? signedOut(jar) : unchanged(false);
  if (refreshDue(session.accessToken, session.accessExpiresAt, nowSeconds)) return refresh(jar, nowSeconds);
  const claims = await verifyAccessToken(session.accessToken);
  return claims?.sub === session.user.sub ? unchanged(true) : signedOut(jar);
}

async function refresh(jar: CookieJar, nowSeconds: number): Promise<SessionResolution> {
  const session = await readSession(jar, { withRefreshToken: true });
  if (!session?.refreshToken) return session ? stillValid(session, jar, nowSeconds) : signedOut(jar);
  try {
    const renewed = await sessionFromTokens(await refreshTokens(session.refreshToken, session.user.username));
    if (!renewed || renewed.user.sub !== session.user.sub) {
      await authLog.refreshFailed(session.user, "user-mismatch");
      return signedOut(jar);
    }
    const saved = await sessionCookies(renewed, jar);
    await authLog.refreshed(session.user);
    return { signedIn: saved.status === "saved", cookies: saved.cookies };
  } catch (error) {
    // An outage must not sign everyone out for good: while the access token is still good the
    // visitor stays signed in, and the cookies stay so a later request can refresh.
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
