import "server-only";
import { CognitoJwtVerifier } from "aws-jwt-verify";
import { JwtBaseError } from "aws-jwt-verify/error";
import { SimpleJwksCache, type Jwks } from "aws-jwt-verify/jwk";
import type { JwtPayload } from "aws-jwt-verify/jwt-model";
import { getConfig } from "./env";
import { JwksFetcher } from "./jwks-fetcher";

/** Longer tokens are refused before parsing: Cognito's largest (ID tokens) stay well below. */
export const MAX_TOKEN_LENGTH = 8 * 1024;
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

export interface AccessClaims {
  sub: string;
  username: string;
  client_id: string;
  token_use: "access";
  exp: number;
  iat: number;
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

function createVerifiers() {
  const { userPoolId, clientId, jwksUri } = getConfig();
  const jwksCache = new SimpleJwksCache({ fetcher: new JwksFetcher(jwksUri) });
  return {
    access: CognitoJwtVerifier.create({ userPoolId, clientId, tokenUse: "access" }, { jwksCache }),
    id: CognitoJwtVerifier.create({ userPoolId, clientId, tokenUse: "id" }, { jwksCache }),
  };
}

let verifiers: ReturnType<typeof createVerifiers> | undefined;
function getVerifiers() {
  verifiers ??= createVerifiers();
  return verifiers;
}

const text = (value: unknown) => (typeof value === "string" && value ? value : undefined);
const epoch = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

function toAccessClaims(p: JwtPayload): AccessClaims | null {
  const [sub, username, clientId, exp, iat] = [text(p.sub), text(p.username), text(p.client_id), epoch(p.exp), epoch(p.iat)];
  if (!sub || !username || !clientId || exp === undefined || iat === undefined) return null;
  return { sub, username, client_id: clientId, token_use: "access", exp, iat, jti: text(p.jti), origin_jti: text(p.origin_jti) };
}

function toIdClaims(p: JwtPayload): IdClaims | null {
  const [sub, exp, iat] = [text(p.sub), epoch(p.exp), epoch(p.iat)];
  if (!sub || exp === undefined || iat === undefined) return null;
  return {
    sub, token_use: "id", exp, iat,
    "cognito:username": text(p["cognito:username"]),
    email: text(p.email),
    name: text(p.name),
    preferred_username: text(p.preferred_username),
    origin_jti: text(p.origin_jti),
  };
}

async function verifyWith<T>(kind: "access" | "id", token: unknown, map: (p: JwtPayload) => T | null) {
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH || !JWT_SHAPE.test(token)) return null;
  try {
    return map(await getVerifiers()[kind].verify(token));
  } catch (error) {
    if (!(error instanceof JwtBaseError)) console.error("[jwt] unexpected verification failure", error);
    return null;
  }
}

/** Claims of a valid access token of this pool and client, else null. Never throws. */
export function verifyAccessToken(token: unknown): Promise<AccessClaims | null> {
  return verifyWith("access", token, toAccessClaims);
}

/** Claims of a valid ID token of this pool and client, else null. Never throws. */
export function verifyIdToken(token: unknown): Promise<IdClaims | null> {
  return verifyWith("id", token, toIdClaims);
}

/** Downloads the JWKS now (e.g. at start-up) so the first request does not wait. */
export async function hydrateJwks(): Promise<boolean> {
  try {
    await getVerifiers().access.hydrate();
    return true;
  } catch {
    return false;
  }
}

/** Loads a known JWKS into the cache: no fetch at all (tests, or keys shipped with the build). */
export function cacheJwks(jwks: Jwks): void {
  getVerifiers().access.cacheJwks(jwks);
}
