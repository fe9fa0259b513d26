import { epochSeconds } from "../clock";
import { messages, notAuthorized, userNotFound } from "../errors";
import type { Ctx } from "../ops/context";
import type { AuthSession, PoolRecord, UserRecord } from "../store/types";
import { unverifiedClaims, verifyJwt } from "./jwt";
import { issuerOf } from "./issue";

interface Authenticated {
  pool: PoolRecord;
  user: UserRecord;
  session: AuthSession;
}

/** What Cognito checks before a token-authorized call: our access-token key, token_use, expiry, revocation, user state. */
export function authenticateAccessToken(ctx: Ctx, token: string): Authenticated {
  const issuer = unverifiedClaims(token)?.iss;
  const pool = Object.values(ctx.state.pools).find((candidate) => issuerOf(candidate.id) === issuer);
  const claims = pool ? verifyJwt(token, ctx.keys.accessKeys(pool.id)) : null;
  if (!pool || !claims || claims.token_use !== "access" || claims.iss !== issuer)
    throw notAuthorized(messages.accessInvalid);
  if (typeof claims.exp !== "number" || typeof claims.username !== "string")
    throw notAuthorized(messages.accessInvalid);
  if (claims.exp <= epochSeconds(ctx.now())) throw notAuthorized(messages.accessExpired);
  const user = pool.users[claims.username];
  if (!user) throw userNotFound(messages.userMissing);
  const session = pool.sessions[String(claims.origin_jti)];
  if (!session || session.revoked) throw notAuthorized(messages.accessRevoked);
  if (!user.enabled) throw notAuthorized(messages.disabled);
  return { pool, user, session };
}
