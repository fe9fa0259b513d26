import "server-only";
import { cookies } from "next/headers";
import { sessionIdOf, verifyAccess, verifySessionIn } from "./auth-check";
import { AuthError } from "./cognito/errors";
import { getUserProfile } from "./cognito/get-user";
import { getConfig } from "./env";
import type { AccessClaims } from "./jwt";
import { cookieNames } from "./session";
import type { SessionUser } from "./session/types";

export type ApiAuth =
  | { kind: "anonymous" }
  | { kind: "invalid" }
  | { kind: "user"; user: SessionUser; claims: AccessClaims; sessionId: string; source: "bearer" | "cookie" };

const BEARER = /^Bearer +([^\s]+)$/i;

/** Missing: null. Exactly one "Bearer <token>": the token. Anything else (Basic, empty, two): "invalid". */
export function bearerToken(request: Request): string | null | "invalid" {
  const header = request.headers.get("authorization");
  if (header === null) return null;
  // Headers joins repeated fields with ", ", and a JWT never contains a comma.
  if (header.includes(",")) return "invalid";
  return BEARER.exec(header.trim())?.[1] ?? "invalid";
}

async function bearerUser(token: string): Promise<ApiAuth> {
  const claims = await verifyAccess(token);
  if (!claims) return { kind: "invalid" };
  const sessionId = sessionIdOf(claims);
  try {
    return { kind: "user", user: await getUserProfile(token, claims.exp), claims, sessionId, source: "bearer" };
  } catch (error) {
    if (error instanceof AuthError && (error.code === "session-expired" || error.code === "invalid-credentials")) {
      return { kind: "invalid" };
    }
    // Cognito unreachable: the token itself verified, so answer with what it says.
    const user = { sub: claims.sub, username: claims.username, email: "", name: "", handle: claims.username };
    return { kind: "user", user, claims, sessionId, source: "bearer" };
  }
}

/**
 * For route handlers: the Authorization header first, else the session cookie. A credential
 * that is present but not valid is "invalid" (401), never silently anonymous.
 */
export async function authenticateBearer(request: Request): Promise<ApiAuth> {
  const token = bearerToken(request);
  if (token === "invalid") return { kind: "invalid" };
  if (token) return bearerUser(token);
  const jar = await cookies();
  const session = await verifySessionIn(jar);
  if (session) return { kind: "user", user: session.user, claims: session.claims, sessionId: session.sessionId, source: "cookie" };
  const sessionCookie = cookieNames(getConfig().isProduction).session;
  return jar.has(sessionCookie) ? { kind: "invalid" } : { kind: "anonymous" };
}
