import { Secret, TOTP } from "otpauth";

const TOTP_PERIOD_SECONDS = 30;
/** Codes of the step before and after the current one are accepted too (clock skew). */
const TOTP_WINDOW_STEPS = 1;

/** 32 random bytes as unpadded base32, the 52-character form of Cognito's SecretCode. */
export const newTotpSecret = (): string => new Secret({ size: 32 }).base32;

const stepAt = (now: number) => Math.floor(now / 1000 / TOTP_PERIOD_SECONDS);

export function totpStep(secret: string, code: string, now: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = TOTP.validate({
    token: code,
    secret: Secret.fromBase32(secret),
    algorithm: "SHA1",
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    timestamp: now,
    window: TOTP_WINDOW_STEPS,
  });
  return delta === null ? null : stepAt(now) + delta;
}
