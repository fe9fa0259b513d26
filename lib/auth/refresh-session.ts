import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { AuthError } from "../cognito/errors";
import { refreshTokens } from "../cognito/refresh";
import { authLog } from "./auth-log";
import { clearedSessionCookies, isSessionCookie, readSession, sessionCookies } from "../session/cookies";
import { sessionFromTokens } from "../session/from-tokens";
import type { CookieJar, CookieToSet, Session } from "../session/types";
import { sharedStore } from "../store/shared";
import { verifyAccessToken } from "../tokens/verify";
import { reportStoreUnavailable, revocations, signInRegistry } from "./shared-state";
import type { SignInRecord } from "./sign-in-registry";

interface SessionResolution {
  signedIn: boolean;
  cookies: CookieToSet[];
}

const RESULT_TTL_MS = 30_000;
const LOCK_TTL_MS = 10_000;
const WAIT_STEP_MS = 100;
const WAIT_LIMIT_MS = 5_000;
const REFRESHES_PER_MINUTE = 6;

const resultKey = (session: Session & { refreshToken: string }) =>
  `refresh-result:${createHash("sha256").update(session.refreshToken).digest("base64url")}:${session.generation}`;

const unchanged = (signedIn: boolean): SessionResolution => ({ signedIn, cookies: [] });
const signedOut = (jar: CookieJar): SessionResolution => ({ signedIn: false, cookies: clearedSessionCookies(jar) });

export async function refreshSession(jar: CookieJar): Promise<SessionResolution> {
  const session = await readSession(jar, { withRefreshToken: true });
  if (!session) return jar.getAll().some(({ name }) => isSessionCookie(name)) ? signedOut(jar) : unchanged(false);
  let record: SignInRecord;
  try {
    const state = await signInRegistry().state(session.sessionId, session.user.sub);
    if (state.state === "ended") return signedOut(jar);
    record = state.record;
  } catch (error) {
    reportStoreUnavailable(error);
    return unchanged(false);
  }
  if (!session.refreshToken) return stillValid(session, jar);
  try {
    return await refreshOnce({ ...session, refreshToken: session.refreshToken }, record, jar);
  } catch (error) {
    reportStoreUnavailable(error);
    return unchanged(false);
  }
}

async function refreshOnce(session: Session & { refreshToken: string }, record: SignInRecord, jar: CookieJar) {
  const store = sharedStore();
  const key = resultKey(session);
  const lockKey = `refresh-lock:${session.sessionId}`;
  const shared = await readResult(key);
  if (shared) return shared;
  // An older generation (a stolen copy) never refreshes: an old cookie must not be a 30-day key.
  if (session.generation !== record.generation) {
    const inFlight = (await store.get(lockKey)) !== null ? await waitForResult(key) : null;
    if (inFlight) return inFlight;
    await authLog.refreshFailed(session.user, "stale-copy");
    return stillValid(session, jar, { clearWhenExpired: true });
  }
  const lock = randomUUID();
  if (!(await store.setIfAbsent(lockKey, lock, LOCK_TTL_MS))) {
    return (await waitForResult(key)) ?? stillValid(session, jar);
  }
  try {
    const finished = await readResult(key);
    if (finished) return finished;
    const { count } = await store.increment(`refresh-count:${session.sessionId}`, 60_000);
    if (count > REFRESHES_PER_MINUTE) return await stillValid(session, jar);
    const resolution = await renew(session, record, jar);
    if (resolution.signedIn) await store.set(key, JSON.stringify(resolution.cookies), RESULT_TTL_MS);
    return resolution;
  } finally {
    await store.deleteIf(lockKey, lock);
  }
}

async function renew(session: Session & { refreshToken: string }, record: SignInRecord, jar: CookieJar) {
  let renewed: Session | null;
  try {
    renewed = await sessionFromTokens(await refreshTokens(session.refreshToken, session.user.username));
  } catch (error) {
    if (error instanceof AuthError && error.code === "refresh-token-reused") {
      await authLog.refreshTokenReused(session.user);
      await endStolenSignIn(session);
      return signedOut(jar);
    }
    const transient = error instanceof Error && "retryable" in error && error.retryable === true;
    await authLog.refreshFailed(session.user, transient ? "service-unavailable" : "revoked");
    if (transient) return stillValid(session, jar);
    await endRefusedSignIn(session);
    return signedOut(jar);
  }
  if (!renewed || renewed.user.sub !== session.user.sub) {
    await authLog.refreshFailed(session.user, "user-mismatch");
    return signedOut(jar);
  }
  const next = await signInRegistry().advance(session.sessionId, record);
  if (!next) return stillValid(session, jar);
  const { sessionId, confirmedAt } = session;
  const saved = await sessionCookies({ ...renewed, sessionId, generation: next.generation, confirmedAt }, jar);
  await authLog.refreshed(session.user);
  return { signedIn: saved.status === "saved", cookies: saved.cookies };
}

async function endRefusedSignIn(session: Session) {
  const validity = Math.max(0, session.accessExpiresAt * 1000 - Date.now());
  await revocations().endSignIn(session.sessionId, session.user.sub, {
    accessValidityMs: validity,
    refreshRevoked: true,
  });
}

// Reuse means someone else holds the newer refresh token, which we cannot revoke: deny for SESSION_MAX_AGE.
async function endStolenSignIn(session: Session) {
  await revocations().endSignIn(session.sessionId, session.user.sub, { accessValidityMs: 0, refreshRevoked: false });
}

async function readResult(key: string): Promise<SessionResolution | null> {
  const text = await sharedStore().get(key);
  return text === null ? null : { signedIn: true, cookies: JSON.parse(text) as CookieToSet[] };
}

async function waitForResult(key: string): Promise<SessionResolution | null> {
  for (let waited = 0; waited < WAIT_LIMIT_MS; waited += WAIT_STEP_MS) {
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
    const result = await readResult(key);
    if (result) return result;
  }
  return null;
}

async function stillValid(session: Session, jar: CookieJar, options = { clearWhenExpired: false }) {
  const claims = session.accessExpiresAt * 1000 > Date.now() ? await verifyAccessToken(session.accessToken) : null;
  if (claims?.sub === session.user.sub) return unchanged(true);
  return options.clearWhenExpired ? signedOut(jar) : unchanged(false);
}
