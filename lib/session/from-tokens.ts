import type { AuthTokens } from "../cognito/types";
import { sessionIdOf, type AccessClaims, type IdClaims } from "../tokens/claims";
import { verifyAccessToken, verifyIdToken } from "../tokens/verify";
import type { Session } from "./types";

// Tokens Cognito just issued are verified like any other before their claims are trusted.
export async function sessionFromTokens(tokens: AuthTokens): Promise<Session | null> {
  const [access, id] = await Promise.all([verifyAccessToken(tokens.accessToken), verifyIdToken(tokens.idToken)]);
  return access && id ? sessionFromClaims(tokens, access, id) : null;
}

export function sessionFromClaims(
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
    generation: 0,
  };
  if (tokens.refreshToken) session.refreshToken = tokens.refreshToken;
  return session;
}
