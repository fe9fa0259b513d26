import {
  claimsOf,
  flipSignatureByte,
  headerOf,
  hs256WithPublicKey,
  nowSeconds,
  signedByPool,
  signedByStranger,
  unsigned,
  withEditedPayload,
  type Claims,
} from "./tokens";
import type { AsvsId } from "../../../tests/security-doc/asvs";

/** A signed-in user's real tokens in one pool, from which every hostile variant is derived. */
export interface TokenKit {
  userPoolId: string;
  access: string;
  id: string;
  refresh: string;
}

interface TokenCase {
  name: string;
  asvs: AsvsId[];
  make(kit: TokenKit): Promise<string> | string;
}

const b64 = (text: string) => Buffer.from(text).toString("base64url");
const resign = (kit: TokenKit, claims: Claims, header?: Claims) =>
  signedByPool("access", claims, { header, userPoolId: kit.userPoolId });
const without = (claims: Claims, name: string) =>
  Object.fromEntries(Object.entries(claims).filter(([key]) => key !== name));

/** Every bad access token of issue 5: each must be refused wherever an access token is accepted. */
export const BAD_ACCESS_TOKENS: TokenCase[] = [
  {
    name: "alg: none, no signature",
    asvs: ["V9.1.2"],
    make: (k) => unsigned({ ...headerOf(k.access), alg: "none" }, claimsOf(k.access)),
  },
  {
    name: "alg: None with the original signature",
    asvs: ["V9.1.2"],
    make: (k) => `${unsigned({ ...headerOf(k.access), alg: "None" }, claimsOf(k.access))}${k.access.split(".")[2]}`,
  },
  {
    name: "HS256 signed with the RSA public key",
    asvs: ["V9.1.2"],
    make: (k) => hs256WithPublicKey(k.access, k.userPoolId),
  },
  ...["RS512", "PS256", "ES256"].map((alg): TokenCase => ({
    name: `alg: ${alg} on a valid RS256 signature`,
    asvs: ["V9.1.2"],
    make: (k) => resign(k, claimsOf(k.access), { alg }),
  })),
  {
    name: "signed by another key with the right kid",
    asvs: ["V9.1.1", "V9.1.3"],
    make: (k) => signedByStranger(headerOf(k.access), claimsOf(k.access)),
  },
  { name: "flipped signature byte", asvs: ["V9.1.1"], make: (k) => flipSignatureByte(k.access) },
  {
    name: 'edited payload (cognito:groups: ["admin"])',
    asvs: ["V9.1.1"],
    make: (k) => withEditedPayload(k.access, { "cognito:groups": ["admin"] }),
  },
  { name: "unknown kid", asvs: ["V9.1.3"], make: (k) => resign(k, claimsOf(k.access), { kid: "unknown-kid-attack" }) },
  {
    name: "jku header pointing elsewhere",
    asvs: ["V9.1.3"],
    make: (k) => signedByStranger({ ...headerOf(k.access), jku: "http://127.0.0.1:1/jwks.json" }, claimsOf(k.access)),
  },
  { name: "missing kid", asvs: ["V9.1.3"], make: (k) => resign(k, claimsOf(k.access), { kid: null }) },
  {
    name: "expired (exp in the past)",
    asvs: ["V9.2.1"],
    make: (k) => resign(k, { ...claimsOf(k.access), iat: nowSeconds() - 7200, exp: nowSeconds() - 3600 }),
  },
  {
    name: "iat an hour in the future",
    asvs: ["V9.2.1"],
    make: (k) => resign(k, { ...claimsOf(k.access), iat: nowSeconds() + 3600, exp: nowSeconds() + 7200 }),
  },
  {
    name: "nbf in the future",
    asvs: ["V9.2.1"],
    make: (k) => resign(k, { ...claimsOf(k.access), nbf: nowSeconds() + 3600 }),
  },
  {
    name: "another pool's issuer",
    asvs: ["V9.2.3"],
    make: (k) =>
      resign(k, { ...claimsOf(k.access), iss: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AnotherPool" }),
  },
  {
    name: "another client's client_id",
    asvs: ["V9.2.3"],
    make: (k) => resign(k, { ...claimsOf(k.access), client_id: "anotherclient123" }),
  },
  { name: "an ID token where an access token is expected", asvs: ["V9.2.2"], make: (k) => k.id },
  { name: "no token_use", asvs: ["V9.2.2"], make: (k) => resign(k, without(claimsOf(k.access), "token_use")) },
  { name: "no exp", asvs: ["V9.2.1"], make: (k) => resign(k, without(claimsOf(k.access), "exp")) },
  { name: "a refresh token sent as the access token", asvs: ["V9.2.2"], make: (k) => k.refresh },
  { name: "2 segments", asvs: ["V9.1.1"], make: (k) => k.access.split(".").slice(0, 2).join(".") },
  { name: "4 segments", asvs: ["V9.1.1"], make: (k) => `${k.access}.${k.access.split(".")[2]}` },
  {
    name: "bad base64",
    asvs: ["V9.1.1"],
    make: (k) => `${k.access.split(".")[0]}.@@not*base64@@.${k.access.split(".")[2]}`,
  },
  {
    name: "non-JSON header",
    asvs: ["V9.1.1"],
    make: (k) => `${b64("{not json")}.${k.access.split(".").slice(1).join(".")}`,
  },
  {
    name: "non-JSON payload",
    asvs: ["V9.1.1"],
    make: (k) => `${k.access.split(".")[0]}.${b64("[1,2")}.${k.access.split(".")[2]}`,
  },
  {
    name: "9 KB validly signed token (over the 8 KB length cap)",
    asvs: ["V9.1.1", "V16.5.1"],
    make: (k) => resign(k, { ...claimsOf(k.access), pad: "x".repeat(6 * 1024) }),
  },
];
