import "server-only";
import type { User } from "../cognito/types";
import { readSession } from "../session/cookies";
import type { CookieJar } from "../session/types";
import { sessionIdOf, type AccessClaims } from "../tokens/claims";
import { verifyAccessToken } from "../tokens/verify";
import { revocationStore } from "./revocation";

export interface VerifiedSession {
  user: User;
  accessToken: string;
  sessionId: string;
  claims: AccessClaims;
}

/** A verified access token that sign-out has not revoked, else null. Never throws. */
export async function verifyAccess(token: unknown): Promise<AccessClaims | null> {
  const claims = await verifyAccessToken(token);
  if (!claims) return null;
  const revoked = revocationStore.isRevoked({ sub: claims.sub, sessionId: sessionIdOf(claims), issuedAt: claims.iat });
  return revoked ? null : claims;
}

/** The session in `jar`, re-verified end to end (seal, JWT, revocation). Never throws. */
export async function verifySessionIn(jar: CookieJar): Promise<VerifiedSession | null> {
  const session = await readSession(jar);
  if (!session) return null;
  const claims = await verifyAccess(session.accessToken);
  if (!claims || claims.sub !== session.user.sub) return null;
  return { user: session.user, accessToken: session.accessToken, sessionId: sessionIdOf(claims), claims };
}
