import { messages, notAuthorized } from "../../errors";
import { newOpaqueToken } from "../../ids";
import type { ChallengeSession, ClientRecord, PoolRecord, UserRecord } from "../../store/types";
import type { Ctx } from "../context";

const CHALLENGE_TTL_MS = 3 * 60 * 1000;

export function issueChallenge(
  ctx: Ctx,
  pool: PoolRecord,
  client: ClientRecord,
  user: UserRecord,
  challengeName: string,
  data?: ChallengeSession["data"],
): string {
  const token = newOpaqueToken(192);
  pool.challenges[token] = {
    challengeName,
    username: user.username,
    clientId: client.clientId,
    expiresAt: ctx.now() + CHALLENGE_TTL_MS,
    used: false,
    ...(data ? { data } : {}),
  };
  return token;
}

export function openChallenge(ctx: Ctx, pool: PoolRecord, token: string, clientId: string): ChallengeSession {
  const challenge = pool.challenges[token];
  if (!challenge || challenge.clientId !== clientId) throw notAuthorized(messages.sessionInvalid);
  if (challenge.used) throw notAuthorized(messages.sessionReused);
  if (challenge.expiresAt <= ctx.now()) throw notAuthorized(messages.sessionExpired);
  return challenge;
}

/** A live challenge session found by its token alone (AssociateSoftwareToken and VerifySoftwareToken name no client). */
export function openChallengeAnywhere(ctx: Ctx, token: string): { pool: PoolRecord; challenge: ChallengeSession } {
  const pool = Object.values(ctx.state.pools).find((candidate) => candidate.challenges[token]);
  const clientId = pool?.challenges[token]?.clientId;
  if (!pool || !clientId) throw notAuthorized(messages.sessionInvalid);
  return { pool, challenge: openChallenge(ctx, pool, token, clientId) };
}

export function advanceChallenge(
  ctx: Ctx,
  pool: PoolRecord,
  challenge: ChallengeSession,
  data: ChallengeSession["data"],
): string {
  challenge.used = true;
  const token = newOpaqueToken(192);
  pool.challenges[token] = {
    ...challenge,
    used: false,
    failedAttempts: 0,
    expiresAt: ctx.now() + CHALLENGE_TTL_MS,
    data,
  };
  return token;
}
