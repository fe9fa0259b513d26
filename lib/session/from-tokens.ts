import type { AccessClaims, IdClaims } from "../jwt";
import type { Session } from "./types";

/** Identifies one sign-in across refreshes: Cognito keeps origin_jti for every token it derives. */
export function sessionIdOf(claims: AccessClaims): string {
  return claims.origin_jti ?? claims.jti ?? `${claims.sub}:${claims.iat}`;
}

/**
 * Builds a session from tokens whose claims were already verified. Keeps only the identity
 * claims the app shows: the ID token itself is never stored. Null when the tokens disagree.
 */
export function sessionFromTokens(
  tokens: { accessToken: string; refreshToken?: string },
  access: AccessClaims,
  id: IdClaims,
): Session | null {
  if (access.sub !== id.sub) return null;
  const username = id["cognito:username"] ?? access.username;
  const session: Session = {
    user: {
      sub: id.sub,
      username,
      email: id.email ?? "",
      name: id.name ?? "",
      handle: id.preferred_username ?? username,
    },
    accessToken: tokens.accessToken,
    accessExpiresAt: access.exp,
    sessionId: sessionIdOf(access),
  };
  if (tokens.refreshToken) session.refreshToken = tokens.refreshToken;
  return session;
}
