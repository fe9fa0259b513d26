import "server-only";
import { cookies } from "next/headers";
import type { User } from "../cognito/types";
import { getConfig } from "../config/env";
import { cookieNames } from "../session/cookies";
import { sessionIdOf, type AccessClaims } from "../tokens/claims";
import { checkAccessToken, checkSessionIn } from "./verify-session";

export type ApiAuth =
  | { kind: "anonymous" }
  | { kind: "invalid" }
  | { kind: "unavailable" }
  | { kind: "user"; source: "bearer"; accessToken: string; claims: AccessClaims; sessionId: string }
  | { kind: "user"; source: "cookie"; accessToken: string; claims: AccessClaims; sessionId: string; user: User };

const BEARER = /^Bearer +([^\s]+)$/i;

export function bearerToken(request: Request): string | null | "invalid" {
  const header = request.headers.get("authorization");
  if (header === null) return null;
  // Headers joins repeated fields with ", ", and a JWT never contains a comma.
  if (header.includes(",")) return "invalid";
  return BEARER.exec(header.trim())?.[1] ?? "invalid";
}

export async function authenticateApiCaller(request: Request): Promise<ApiAuth> {
  const token = bearerToken(request);
  if (token === "invalid") return { kind: "invalid" };
  if (token) {
    const check = await checkAccessToken(token);
    if (check.status !== "signed-in") return { kind: check.status === "unavailable" ? "unavailable" : "invalid" };
    return {
      kind: "user",
      source: "bearer",
      accessToken: token,
      claims: check.value,
      sessionId: sessionIdOf(check.value),
    };
  }
  const jar = await cookies();
  const session = await checkSessionIn(jar);
  if (session.status === "signed-in") return { kind: "user", source: "cookie", ...session.value };
  if (session.status === "unavailable") return { kind: "unavailable" };
  const sessionCookie = cookieNames(getConfig().isProduction).session;
  return jar.has(sessionCookie) ? { kind: "invalid" } : { kind: "anonymous" };
}
