import { generateKeyPairSync, sign } from "node:crypto";
import { CognitoJwtVerifier } from "aws-jwt-verify";
import type { Jwks } from "aws-jwt-verify/jwk";
import type { Fixture } from "./fixture";

type Claims = Record<string, unknown>;

interface DecodedJwt {
  header: Claims;
  payload: Claims;
  signature: string;
}

export function decodeJwt(token: string): DecodedJwt {
  const [header, payload, signature] = token.split(".");
  if (header === undefined || payload === undefined || signature === undefined) throw new Error("not a JWS");
  return { header: parseSegment(header), payload: parseSegment(payload), signature };
}

/** True when the token is a compact JWS with JSON header and payload. */
export function isDecodableJws(token: string): boolean {
  if (token.split(".").length !== 3) return false;
  try {
    decodeJwt(token);
    return true;
  } catch {
    return false;
  }
}

function parseSegment(segment: string): Claims {
  return JSON.parse(Buffer.from(segment, "base64url").toString("utf8")) as Claims;
}

function encodeSegment(value: Claims): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** Re-signs the token's header and payload with a key that the pool never published. */
export function forgeWithForeignKey(token: string, overrides: Claims = {}): string {
  const { header, payload } = decodeJwt(token);
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const signingInput = `${encodeSegment(header)}.${encodeSegment({ ...payload, ...overrides })}`;
  return `${signingInput}.${sign("RSA-SHA256", Buffer.from(signingInput), privateKey).toString("base64url")}`;
}

/** Changes the payload but keeps the original signature. */
export function tamperPayload(token: string, overrides: Claims): string {
  const { header, payload, signature } = decodeJwt(token);
  return `${encodeSegment(header)}.${encodeSegment({ ...payload, ...overrides })}.${signature}`;
}

export async function fetchJwks(f: Fixture) {
  const response = await fetch(f.target.jwksUrl(f.poolId));
  if (!response.ok) throw new Error(`JWKS answered ${response.status}`);
  return (await response.json()) as Jwks & { keys: Array<Record<string, string>> };
}

/** aws-jwt-verify, given the target's JWKS up front (so the emulator's tokens verify offline). */
export async function verifierFor(f: Fixture, tokenUse: "id" | "access", clientId: string) {
  const verifier = CognitoJwtVerifier.create({ userPoolId: f.poolId, tokenUse, clientId });
  verifier.cacheJwks(await fetchJwks(f));
  return verifier;
}
