import { createHmac, createPublicKey, createSign, generateKeyPairSync, type JsonWebKey } from "node:crypto";
import { stack } from "../../support/stack";

export type Claims = Record<string, unknown>;

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const decodeSegment = (segment: string | undefined) =>
  JSON.parse(Buffer.from(segment ?? "", "base64url").toString()) as Claims;

export const headerOf = (token: string) => decodeSegment(token.split(".")[0]);
export const claimsOf = (token: string) => decodeSegment(token.split(".")[1]);
export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A JWT signed by the pool's real key, via the emulator's test hook (POST /_emulator/sign). */
export async function signedByPool(
  tokenUse: "access" | "id",
  claims: Claims,
  options: { header?: Claims; userPoolId?: string } = {},
): Promise<string> {
  const response = await fetch(`${stack().emulatorUrl}/_emulator/sign`, {
    method: "POST",
    body: JSON.stringify({
      userPoolId: options.userPoolId ?? stack().userPoolId,
      tokenUse,
      claims,
      header: options.header,
    }),
  });
  if (!response.ok) throw new Error(`emulator sign answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** The same header and payload with a signature by a freshly made RSA key. */
export function signedByStranger(header: Claims, claims: Claims): string {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const head = `${encode(header)}.${encode(claims)}`;
  return `${head}.${createSign("RSA-SHA256").update(head).sign(privateKey).toString("base64url")}`;
}

export function unsigned(header: Claims, claims: Claims, signature = ""): string {
  return `${encode(header)}.${encode(claims)}.${signature}`;
}

/** The key-confusion attack: HS256 with the pool's RSA public key (PEM) as the HMAC secret. */
export async function hs256WithPublicKey(token: string, userPoolId = stack().userPoolId): Promise<string> {
  const { kid } = headerOf(token);
  const jwks = (await (await fetch(`${stack().emulatorUrl}/${userPoolId}/.well-known/jwks.json`)).json()) as {
    keys: (JsonWebKey & { kid: string })[];
  };
  const jwk = jwks.keys.find((key) => key.kid === kid);
  if (!jwk) throw new Error(`kid ${String(kid)} is not in the JWKS`);
  const pem = createPublicKey({ key: jwk, format: "jwk" }).export({ type: "spki", format: "pem" });
  const head = `${encode({ ...headerOf(token), alg: "HS256" })}.${token.split(".")[1]}`;
  return `${head}.${createHmac("sha256", pem).update(head).digest("base64url")}`;
}

export function flipSignatureByte(token: string): string {
  const [head, payload, signature = ""] = token.split(".");
  const bytes = Buffer.from(signature, "base64url");
  bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0x01;
  return `${head}.${payload}.${bytes.toString("base64url")}`;
}

/** The payload changed, the original signature kept. */
export function withEditedPayload(token: string, changes: Claims): string {
  const [head, , signature] = token.split(".");
  return `${head}.${encode({ ...claimsOf(token), ...changes })}.${signature}`;
}
