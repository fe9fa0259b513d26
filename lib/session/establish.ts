import type { AuthTokens } from "../cognito/types";
import { verifyAccessToken, verifyIdToken } from "../jwt";
import { sessionFromTokens } from "./from-tokens";
import type { Session } from "./types";

/**
 * A session from tokens Cognito just issued, verified like any other token before we trust
 * their claims. Null when they do not verify or disagree about the user.
 */
export async function sessionFromAuthTokens(tokens: AuthTokens): Promise<Session | null> {
  const [access, id] = await Promise.all([verifyAccessToken(tokens.accessToken), verifyIdToken(tokens.idToken)]);
  if (!access || !id) return null;
  return sessionFromTokens(tokens, access, id);
}
