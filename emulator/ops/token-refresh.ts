import { timingSafeEqual } from "node:crypto";
import { messages, notAuthorized, refreshTokenReuse } from "../errors";
import { newOpaqueToken } from "../ids";
import type { AuthSession, ClientRecord, PoolRecord } from "../store/types";
import { hashRefreshToken, mintTokens } from "../tokens/issue";
import { findClient, type Ctx } from "./context";
import { optionalString, requiredString, type Input } from "./input";
import { rotates } from "./refresh-rotation";

/** Rotated-out hashes kept per sign-in, so a replay long after its grace still reads as reuse. */
const MAX_ROTATED_OUT = 50;

interface Found {
  session: AuthSession;
  graceUntil?: number;
}

function findFamily(pool: PoolRecord, token: string): Found | undefined {
  const hash = hashRefreshToken(token);
  for (const session of Object.values(pool.sessions)) {
    if (session.refreshTokenHash === hash) return { session };
    const old = session.rotatedOut?.find((entry) => entry.hash === hash);
    if (old) return { session, graceUntil: old.graceUntil };
  }
  return undefined;
}

function assertClientSecret(client: ClientRecord, given: string | undefined): void {
  if (!client.clientSecret) return;
  const expected = Buffer.from(client.clientSecret);
  const actual = Buffer.from(given ?? "");
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    throw notAuthorized(`Unable to verify the client secret of client ${client.clientId}`);
  }
}

/** Issues the next refresh token of this sign-in; the one it replaces works for the client's grace period. */
function rotate(ctx: Ctx, session: AuthSession, client: ClientRecord): string {
  const next = newOpaqueToken(96);
  const graceSeconds = client.refreshTokenRotation?.RetryGracePeriodSeconds ?? 0;
  const retired = { hash: session.refreshTokenHash, graceUntil: ctx.now() + graceSeconds * 1000 };
  session.rotatedOut = [...(session.rotatedOut ?? []), retired].slice(-MAX_ROTATED_OUT);
  session.refreshTokenHash = hashRefreshToken(next);
  return next;
}

function usableSession(ctx: Ctx, pool: PoolRecord, client: ClientRecord, token: string): AuthSession {
  const found = findFamily(pool, token);
  if (!found || found.session.clientId !== client.clientId) throw notAuthorized(messages.refreshInvalid);
  const { session, graceUntil } = found;
  if (session.revoked) throw notAuthorized(messages.refreshRevoked);
  if (session.expiresAt <= ctx.now()) throw notAuthorized(messages.refreshExpired);
  if (graceUntil !== undefined && graceUntil <= ctx.now()) throw refreshTokenReuse();
  return session;
}

/** GetTokensFromRefreshToken: new ID and access tokens, and a new refresh token when the client rotates. */
function getTokensFromRefreshToken(ctx: Ctx, input: Input) {
  const { pool, client } = findClient(ctx, requiredString(input, "ClientId"));
  assertClientSecret(client, optionalString(input, "ClientSecret"));
  const session = usableSession(ctx, pool, client, requiredString(input, "RefreshToken"));
  const user = pool.users[session.username];
  if (!user) throw notAuthorized(messages.refreshRevoked);
  if (!user.enabled) throw notAuthorized(messages.disabled);
  const minted = mintTokens(ctx, pool, client, user, session);
  if (!rotates(client)) return { AuthenticationResult: minted };
  return { AuthenticationResult: { ...minted, RefreshToken: rotate(ctx, session, client) } };
}

export const tokenRefreshOperations = { GetTokensFromRefreshToken: getTokensFromRefreshToken };
