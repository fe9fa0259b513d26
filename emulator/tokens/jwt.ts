import { createSign, createVerify } from "node:crypto";
import type { SigningKey } from "./keys";

export type Claims = Record<string, unknown>;

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

/**
 * `header` adds to or overrides the standard one (test hooks); a null field removes it, e.g.
 * `{kid: null}`. The signature is always RS256 by `key`.
 */
export function signJwt(claims: Claims, key: SigningKey, header: Claims = {}): string {
  const fields = Object.entries({ kid: key.kid, alg: "RS256", ...header }).filter(([, value]) => value !== null);
  const head = `${encode(Object.fromEntries(fields))}.${encode(claims)}`;
  const signature = createSign("RSA-SHA256").update(head).sign(key.privateKey).toString("base64url");
  return `${head}.${signature}`;
}

function parseSegment(segment: string | undefined): Record<string, unknown> | null {
  if (!segment) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The payload without checking the signature: only to choose which keys to verify with. */
export const unverifiedClaims = (token: string): Claims | null => parseSegment(token.split(".")[1]);

/** Returns the claims only when the token is an RS256 JWT signed by one of `trusted`; expiry is the caller's concern. */
export function verifyJwt(token: string, trusted: SigningKey[]): Claims | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [headerPart, payloadPart, signature] = parts as [string, string, string];
  const header = parseSegment(headerPart);
  if (!header || header.alg !== "RS256") return null;
  const key = trusted.find((candidate) => candidate.kid === header.kid);
  if (!key) return null;
  const valid = createVerify("RSA-SHA256")
    .update(`${headerPart}.${payloadPart}`)
    .verify(key.publicKey, Buffer.from(signature, "base64url"));
  return valid ? parseSegment(payloadPart) : null;
}

export function jwks(keys: SigningKey[]) {
  return {
    keys: keys.map((key) => {
      const jwk = key.publicKey.export({ format: "jwk" });
      return { alg: "RS256", e: jwk.e, kid: key.kid, kty: "RSA", n: jwk.n, use: "sig" };
    }),
  };
}
