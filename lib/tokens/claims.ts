import type { JwtPayload } from "aws-jwt-verify/jwt-model";

export interface AccessClaims {
  sub: string;
  username: string;
  client_id: string;
  token_use: "access";
  exp: number;
  iat: number;
  auth_time?: number;
  jti?: string;
  origin_jti?: string;
}

export interface IdClaims {
  sub: string;
  "cognito:username"?: string;
  email?: string;
  name?: string;
  preferred_username?: string;
  token_use: "id";
  exp: number;
  iat: number;
  origin_jti?: string;
}

const text = (value: unknown) => (typeof value === "string" && value ? value : undefined);
const epoch = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

export function toAccessClaims(p: JwtPayload): AccessClaims | null {
  const [sub, username, clientId, exp, iat] = [
    text(p.sub),
    text(p.username),
    text(p.client_id),
    epoch(p.exp),
    epoch(p.iat),
  ];
  if (!sub || !username || !clientId || exp === undefined || iat === undefined) return null;
  return {
    sub,
    username,
    client_id: clientId,
    token_use: "access",
    exp,
    iat,
    auth_time: epoch(p.auth_time),
    jti: text(p.jti),
    origin_jti: text(p.origin_jti),
  };
}

export function toIdClaims(p: JwtPayload): IdClaims | null {
  const [sub, exp, iat] = [text(p.sub), epoch(p.exp), epoch(p.iat)];
  if (!sub || exp === undefined || iat === undefined) return null;
  return {
    sub,
    token_use: "id",
    exp,
    iat,
    "cognito:username": text(p["cognito:username"]),
    email: text(p.email),
    name: text(p.name),
    preferred_username: text(p.preferred_username),
    origin_jti: text(p.origin_jti),
  };
}

export function sessionIdOf(claims: AccessClaims): string {
  return claims.origin_jti ?? claims.jti ?? `${claims.sub}:${claims.iat}`;
}
