import "server-only";
import { ExpiringMap } from "../store/expiring-map";
import { processSingleton } from "../store/process-singleton";

/**
 * Why this exists: access tokens are verified locally (signature, iss, exp), so after
 * RevokeToken or GlobalSignOut a copied session cookie would keep verifying until the access
 * token's exp (up to an hour). Sign-out therefore records the revocation here, and the DAL and
 * the API refuse matching tokens. Refresh cannot resurrect them: Cognito has revoked the
 * refresh token itself. Entries live only until the tokens they cover expire.
 *
 * The in-memory store covers one Node process: run several instances and you need a shared
 * implementation of the same interface (e.g. Redis with key TTLs). Edge middleware cannot see
 * it, which is fine: the middleware's decision is only optimistic, and the DAL re-checks.
 */
interface RevocationStore {
  /** Every token of one sign-in (its origin_jti) until `untilEpochS`. */
  revokeSession(sessionId: string, untilEpochS: number): void;
  /** Every token of `sub` issued before `atEpochS` (GlobalSignOut). */
  revokeUser(sub: string, atEpochS: number): void;
  isRevoked(claims: RevocationSubject): boolean;
}

interface RevocationSubject {
  sub: string;
  sessionId: string;
  /** The token's iat, epoch seconds. */
  issuedAt: number;
}

/** Tokens issued before a global sign-out live at most this long (Cognito's maximum is 1 day). */
const MAX_ACCESS_TOKEN_SECONDS = 24 * 3600;
const MAX_ENTRIES = 100_000;

export class InMemoryRevocationStore implements RevocationStore {
  private readonly sessions: ExpiringMap<string, true>;
  private readonly users: ExpiringMap<string, number>;

  constructor(maxEntries = MAX_ENTRIES, now: () => number = Date.now) {
    this.sessions = new ExpiringMap(maxEntries, now);
    this.users = new ExpiringMap(maxEntries, now);
  }

  revokeSession(sessionId: string, untilEpochS: number): void {
    this.sessions.set(sessionId, true, untilEpochS * 1000);
  }

  revokeUser(sub: string, atEpochS: number): void {
    const at = Math.max(atEpochS, this.users.get(sub) ?? 0);
    this.users.set(sub, at, (atEpochS + MAX_ACCESS_TOKEN_SECONDS) * 1000);
  }

  isRevoked({ sub, sessionId, issuedAt }: RevocationSubject): boolean {
    if (this.sessions.get(sessionId)) return true;
    const revokedAt = this.users.get(sub);
    // Strictly before: a sign-in in the same second as the global sign-out must survive it.
    return revokedAt !== undefined && issuedAt < revokedAt;
  }
}

export const revocationStore: RevocationStore = processSingleton(
  "revocation-store",
  () => new InMemoryRevocationStore(),
);
