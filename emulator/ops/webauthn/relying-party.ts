import { createHash } from "node:crypto";
import { webAuthn } from "../../errors";
import type { PoolRecord } from "../../store/types";
import { allowsFactor, tierOf, webAuthnOf } from "../passwordless-settings";

/** The pool's relying-party id, or the WebAuthn* exception that says why passkeys cannot be used. */
export function relyingPartyOf(pool: PoolRecord): string {
  if (tierOf(pool) === "LITE" || !allowsFactor(pool, "WEB_AUTHN")) throw webAuthn.notEnabled();
  const rpId = webAuthnOf(pool).RelyingPartyId;
  if (!rpId) throw webAuthn.configurationMissing();
  return rpId;
}

export const userVerificationRequired = (pool: PoolRecord) => webAuthnOf(pool).UserVerification === "required";

/** https://<rp id or a subdomain>[:port], or http(s)://localhost[:port] when the relying party is localhost. */
export function originAllowed(origin: string, rpId: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin) return false;
  if (rpId === "localhost") return url.hostname === "localhost" && ["http:", "https:"].includes(url.protocol);
  return url.protocol === "https:" && (url.hostname === rpId || url.hostname.endsWith(`.${rpId}`));
}

export function rpIdHashMatches(rpIdHash: Uint8Array, rpId: string): boolean {
  return Buffer.from(rpIdHash).equals(createHash("sha256").update(rpId).digest());
}
