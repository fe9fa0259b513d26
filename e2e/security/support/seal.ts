import { sealData } from "iron-session";
import { sessionPassword } from "../../../lib/session/passwords";
import type { Claims } from "./tokens";

/** A session cookie value exactly as the app seals one (lib/session/seal.ts), around any access token. */
export async function sealSession(
  secret: string,
  accessToken: string,
  claims: Claims,
  ttlSeconds = 3600,
): Promise<string> {
  const sub = String(claims.sub ?? "someone");
  const username = String(claims.username ?? sub);
  const payload = {
    v: 1,
    user: { sub, username, email: "x@cruddur.test", name: "X", handle: "x" },
    accessToken,
    accessExpiresAt: Math.floor(Date.now() / 1000) + 3600,
    sessionId: String(claims.origin_jti ?? "forged-session"),
  };
  const { id, password } = sessionPassword(secret);
  return sealData(payload, { password: { [id]: password }, ttl: ttlSeconds });
}
