import "server-only";
import { CognitoJwtVerifier } from "aws-jwt-verify";
import type { JwtPayload } from "aws-jwt-verify/jwt-model";
import { getConfig } from "../config/env";
import { errorKind, logProblem } from "../log/problem-log";
import { ExpiringMap } from "../store/expiring-map";
import { processSingleton } from "../store/process-singleton";
import { toAccessClaims, toIdClaims, type AccessClaims, type IdClaims } from "./claims";
import { isExpectedVerificationFailure } from "./failures";
import { RefreshingJwksCache } from "./jwks-cache";
import { JwksFetcher } from "./jwks-fetcher";

export const MAX_TOKEN_LENGTH = 8 * 1024;
const VERIFIED_ENTRIES = 10_000;
// aws-jwt-verify does not look at iat.
const MAX_CLOCK_SKEW_SECONDS = 60;
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

type Kind = "access" | "id";
interface Verdict {
  claims: AccessClaims | IdClaims;
  generation: number;
}

function createVerifiers() {
  const { userPoolId, clientId, jwksUri } = getConfig();
  const fetcher = new JwksFetcher(jwksUri);
  const jwksCache = new RefreshingJwksCache(fetcher);
  return {
    fetcher,
    jwksCache,
    isExpectedFailure: isExpectedVerificationFailure,
    access: CognitoJwtVerifier.create({ userPoolId, clientId, tokenUse: "access" }, { jwksCache }),
    id: CognitoJwtVerifier.create({ userPoolId, clientId, tokenUse: "id" }, { jwksCache }),
    verified: {
      access: new ExpiringMap<string, Verdict>(VERIFIED_ENTRIES),
      id: new ExpiringMap<string, Verdict>(VERIFIED_ENTRIES),
    },
  };
}

const verifiers = () => processSingleton("jwt-verifiers", createVerifiers);

async function verifyWith<T extends AccessClaims | IdClaims>(
  kind: Kind,
  token: unknown,
  map: (p: JwtPayload) => T | null,
): Promise<T | null> {
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH || !JWT_SHAPE.test(token)) return null;
  const { fetcher, jwksCache, verified, isExpectedFailure, ...verifier } = verifiers();
  jwksCache.refreshIfDue();
  const { generation } = fetcher;
  const cached = verified[kind].get(token);
  if (cached?.generation === generation && Date.now() < cached.claims.exp * 1000) return { ...cached.claims } as T;
  try {
    const claims = map(await verifier[kind].verify(token));
    if (!claims || claims.iat > Date.now() / 1000 + MAX_CLOCK_SKEW_SECONDS) return null;
    verified[kind].set(token, { claims, generation }, claims.exp * 1000);
    return claims;
  } catch (error) {
    if (!isExpectedFailure(error)) logProblem("jwt.unexpected-verification-failure", { error: errorKind(error) });
    return null;
  }
}

export function verifyAccessToken(token: unknown): Promise<AccessClaims | null> {
  return verifyWith("access", token, toAccessClaims);
}

export function verifyIdToken(token: unknown): Promise<IdClaims | null> {
  return verifyWith("id", token, toIdClaims);
}
