import "server-only";
import { CognitoJwtVerifier } from "aws-jwt-verify";
import { JwtBaseError } from "aws-jwt-verify/error";
import { SimpleJwksCache, type Jwks } from "aws-jwt-verify/jwk";
import type { JwtPayload } from "aws-jwt-verify/jwt-model";
import { getConfig } from "./env";
import { ExpiringMap } from "./expiring-map";
import { JwksFetcher } from "./jwks-fetcher";

/** Longer tokens are refused before parsing: Cognito's largest (ID tokens) stay well below. */
export const MAX_TOKEN_LENGTH = 8 * 1024;
const VERIFIED_ENTRIES = 10_000;
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

type Kind = "access" | "id";
interface Verdict {
  claims: AccessClaims | IdClaims;
  generation: number;
}

function createVerifiers() {
  const { userPoolId, clientId, jwksUri } = getConfig();
  const fetcher = new JwksFetcher(jwksUri);
  const jwksCache = new SimpleJwksCache({ fetcher });
  return {
    fetcher,
    access: CognitoJwtVerifier.create({ userPoolId, clientId, tokenUse: "access" }, { jwksCache }),
    id: CognitoJwtVerifier.create({ userPoolId, clientId, tokenUse: "id" }, { jwksCache }),
    verified: {
      access: new ExpiringMap<string, Verdict>(VERIFIED_ENTRIES),
      id: new ExpiringMap<string, Verdict>(VERIFIED_ENTRIES),
    },
  };
}

// One JWKS cache, penalty box and verdict cache per process, not per route bundle or middleware.
const VERIFIERS = Symbol.for("cruddur.jwt-verifiers");
const holder = globalThis as typeof globalThis & { [VERIFIERS]?: ReturnType<typeof createVerifiers> };
function getVerifiers() {
  return (holder[VERIFIERS] ??= createVerifiers());
}

const text = (value: unknown) => (typeof value === "string" && value ? value : undefined);
const epoch = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

function toAccessClaims(p: JwtPayload): AccessClaims | null {
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
    jti: text(p.jti),
    origin_jti: text(p.origin_jti),
  };
}

function toIdClaims(p: JwtPayload): IdClaims | null {
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

/**
 * Verdicts are cached by the exact token text until its `exp` (aws-jwt-verify's own limit), and
 * only while the JWKS they were reached with is the current one. Failures are never cached.
 */
async function verifyWith<T extends AccessClaims | IdClaims>(
  kind: Kind,
  token: unknown,
  map: (p: JwtPayload) => T | null,
) {
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH || !JWT_SHAPE.test(token)) return null;
  const verifiers = getVerifiers();
  const { generation } = verifiers.fetcher;
  const cached = verifiers.verified[kind].get(token);
  if (cached?.generation === generation && Date.now() < cached.claims.exp * 1000) return { ...cached.claims } as T;
  try {
    const claims = map(await verifiers[kind].verify(token));
    if (claims) verifiers.verified[kind].set(token, { claims, generation }, claims.exp * 1000);
    return claims;
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
  const verifiers = getVerifiers();
  verifiers.access.cacheJwks(jwks);
  verifiers.fetcher.noteKeys(JSON.stringify(jwks));
}
