import { sealData, unsealData } from "iron-session";
import { sessionPassword } from "../../../lib/session/passwords";
import type { Claims } from "./tokens";

/**
 * A session cookie value exactly as the app seals one (lib/session/payloads.ts), around any access
 * token. The app reads it as signed in only when the registry also holds its sign-in.
 */
export async function sealSession(
  secret: string,
  accessToken: string,
  claims: Claims,
  ttlSeconds = 3600,
): Promise<string> {
  const sub = String(claims.sub ?? "someone");
  const username = String(claims.username ?? sub);
  const payload = {
    v: 2,
    user: { sub, username, email: "x@cruddur.test", name: "X", handle: "x" },
    accessToken,
    accessExpiresAt: Math.floor(Date.now() / 1000) + 3600,
    sessionId: String(claims.origin_jti ?? "forged-session"),
    generation: 0,
  };
  return sealWith(secret, payload, ttlSeconds);
}

/** The access token inside a session cookie of the app, read with the app's secret. */
export async function accessTokenIn(seal: string, secret: string): Promise<string> {
  const { id, password } = sessionPassword(secret);
  const payload = await unsealData<{ accessToken?: string }>(seal, { password: { [id]: password } });
  return payload.accessToken ?? "";
}

/** The same session sealed again with another secret: what a cookie from before a rotation looks like. */
export async function resealSession(seal: string, from: string, to: string): Promise<string> {
  const { id, password } = sessionPassword(from);
  return sealWith(to, await unsealData(seal, { password: { [id]: password } }), 3600);
}

function sealWith(secret: string, payload: unknown, ttlSeconds: number): Promise<string> {
  const { id, password } = sessionPassword(secret);
  return sealData(payload, { password: { [id]: password }, ttl: ttlSeconds });
}

/** The same session with another "confirmed it's you" time, sealed with `sealWithSecret` (the app's, or a forger's). */
export async function withConfirmedAt(seal: string, secret: string, confirmedAt: number, sealWithSecret = secret) {
  const { id, password } = sessionPassword(secret);
  const payload = await unsealData<Record<string, unknown>>(seal, { password: { [id]: password } });
  return sealWith(sealWithSecret, { ...payload, confirmedAt }, 3600);
}

/** The refresh token inside a refresh cookie of the app, read with the app's secret. */
export async function refreshTokenIn(seal: string, secret: string): Promise<string> {
  const { id, password } = sessionPassword(secret);
  const payload = await unsealData<{ refreshToken?: string }>(seal, { password: { [id]: password } });
  return payload.refreshToken ?? "";
}
