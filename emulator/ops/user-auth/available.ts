import { createHash } from "node:crypto";
import type { PoolRecord, UserRecord } from "../../store/types";
import { allowsFactor, webAuthnOf } from "../passwordless-settings";
import { mfaModeOf } from "../pool-settings";

export type FirstFactor = "PASSWORD" | "PASSWORD_SRP" | "EMAIL_OTP" | "WEB_AUTHN";

const FIRST_FACTORS: readonly string[] = ["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "WEB_AUTHN"];
export const isFirstFactor = (value: string): value is FirstFactor => FIRST_FACTORS.includes(value);

/** When MFA is required, only a password can start a sign-in: MFA follows password first factors. */
const mfaRequired = (pool: PoolRecord) => mfaModeOf(pool) === "ON";

function offeredByPool(pool: PoolRecord): FirstFactor[] {
  const offered: FirstFactor[] = ["PASSWORD", "PASSWORD_SRP"];
  if (mfaRequired(pool)) return offered;
  if (allowsFactor(pool, "EMAIL_OTP")) offered.push("EMAIL_OTP");
  if (allowsFactor(pool, "WEB_AUTHN") && webAuthnOf(pool).RelyingPartyId) offered.push("WEB_AUTHN");
  return offered;
}

const hasVerifiedEmail = (user: UserRecord) =>
  Boolean(user.attributes.email) && user.attributes.email_verified === "true";

/** What this user can sign in with: a password if they have one; a code or passkey once confirmed. */
export function availableChallenges(pool: PoolRecord, user: UserRecord): FirstFactor[] {
  return offeredByPool(pool).filter((factor) => {
    if (factor === "PASSWORD" || factor === "PASSWORD_SRP") return user.passwordHash !== "";
    if (user.status !== "CONFIRMED") return false;
    if (factor === "EMAIL_OTP") return hasVerifiedEmail(user);
    return (user.passkeys ?? []).length > 0;
  });
}

const PHANTOM_KINDS: FirstFactor[][] = [
  ["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP"],
  ["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "WEB_AUTHN"],
  ["EMAIL_OTP"],
  ["EMAIL_OTP", "WEB_AUTHN"],
];

/**
 * "Managing user existence error responses": for an unknown user, choice-based sign-in answers with a
 * random selection of the pool's challenge types. The pick is fixed per user name, so asking twice
 * cannot tell a real user from an unknown one.
 */
export function phantomChallenges(pool: PoolRecord, username: string): FirstFactor[] {
  const digest = createHash("sha256").update(`${pool.id}\n${username.toLowerCase()}`).digest();
  const kind = PHANTOM_KINDS[(digest[0] ?? 0) % PHANTOM_KINDS.length] ?? [];
  const offered = offeredByPool(pool);
  const picked = kind.filter((factor) => offered.includes(factor));
  return picked.length ? picked : ["PASSWORD", "PASSWORD_SRP"];
}
