import { createHash } from "node:crypto";
import { epochSeconds } from "../clock";
import { newOpaqueToken, newUuid } from "../ids";
import type { Ctx } from "../ops/context";
import type { AuthSession, ClientRecord, PoolRecord, UserRecord } from "../store/types";
import { signJwt, type Claims } from "./jwt";
import { lifetimeSeconds } from "./lifetimes";

const SCOPE = "aws.cognito.signin.user.admin";
export const issuerOf = (poolId: string) => `https://cognito-idp.${poolId.split("_")[0]}.amazonaws.com/${poolId}`;
export const hashRefreshToken = (token: string) => createHash("sha256").update(token).digest("base64url");

function userClaims(user: UserRecord): Claims {
  const claims: Claims = {};
  for (const [name, value] of Object.entries(user.attributes)) {
    if (name === "sub") continue;
    claims[name] = name.endsWith("_verified") ? value === "true" : value;
  }
  return claims;
}

interface Minted {
  AccessToken: string;
  IdToken: string;
  ExpiresIn: number;
  TokenType: "Bearer";
}

/** Signs a fresh access and ID token for an existing authentication (same origin_jti and auth_time). */
export function mintTokens(
  ctx: Ctx,
  pool: PoolRecord,
  client: ClientRecord,
  user: UserRecord,
  session: AuthSession,
): Minted {
  const iat = epochSeconds(ctx.now());
  const common = {
    iss: issuerOf(pool.id),
    origin_jti: session.originJti,
    event_id: newUuid(),
    auth_time: session.authTime,
    iat,
  };
  const accessLifetime = lifetimeSeconds(client, "access");
  const sub = user.attributes.sub;
  const keys = ctx.keys.current(pool.id);
  const access = signJwt(
    {
      sub,
      ...common,
      client_id: client.clientId,
      token_use: "access",
      scope: SCOPE,
      exp: iat + accessLifetime,
      jti: newUuid(),
      username: user.username,
    },
    keys.access,
  );
  const id = signJwt(
    {
      sub,
      ...userClaims(user),
      ...common,
      aud: client.clientId,
      "cognito:username": user.username,
      token_use: "id",
      exp: iat + lifetimeSeconds(client, "id"),
      jti: newUuid(),
    },
    keys.id,
  );
  return { AccessToken: access, IdToken: id, ExpiresIn: accessLifetime, TokenType: "Bearer" };
}

function pruneExpired(pool: PoolRecord, now: number): void {
  for (const [key, session] of Object.entries(pool.sessions)) if (session.expiresAt <= now) delete pool.sessions[key];
  for (const [key, challenge] of Object.entries(pool.challenges))
    if (challenge.expiresAt <= now) delete pool.challenges[key];
}

/** A successful sign-in: records a new authentication and returns its three tokens. */
export function startSession(ctx: Ctx, pool: PoolRecord, client: ClientRecord, user: UserRecord) {
  const now = ctx.now();
  pruneExpired(pool, now);
  const refreshToken = newOpaqueToken(96);
  const session: AuthSession = {
    originJti: newUuid(),
    username: user.username,
    clientId: client.clientId,
    refreshTokenHash: hashRefreshToken(refreshToken),
    authTime: epochSeconds(now),
    expiresAt: now + lifetimeSeconds(client, "refresh") * 1000,
    revoked: false,
  };
  pool.sessions[session.originJti] = session;
  return { ...mintTokens(ctx, pool, client, user, session), RefreshToken: refreshToken };
}

export function findSessionByRefreshToken(pool: PoolRecord, token: string): AuthSession | undefined {
  const hash = hashRefreshToken(token);
  return Object.values(pool.sessions).find((session) => session.refreshTokenHash === hash);
}

export function revokeUserSessions(pool: PoolRecord, username: string): void {
  for (const session of Object.values(pool.sessions)) if (session.username === username) session.revoked = true;
}
