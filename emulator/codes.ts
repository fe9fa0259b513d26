import { attemptLimit, codeExpired, codeMismatch } from "./errors";
import { newSixDigitCode } from "./ids";
import type { CodeRecord } from "./store/types";

export const SIGN_UP_CODE_TTL_MS = 24 * 60 * 60 * 1000;
export const RECOVERY_CODE_TTL_MS = 60 * 60 * 1000;
export const ATTRIBUTE_CODE_TTL_MS = 24 * 60 * 60 * 1000;
/** Wrong guesses allowed per code; the next attempt gets LimitExceededException until a new code is sent. */
export const MAX_CODE_ATTEMPTS = 5;

export function issueCode(now: number, ttlMs: number, fixedCode?: string): CodeRecord {
  return { code: fixedCode ?? newSixDigitCode(), expiresAt: now + ttlMs, failedAttempts: 0 };
}

/** Throws Cognito's error for a wrong, exhausted or expired code; counts wrong guesses on the record. */
export function checkCode(record: CodeRecord | undefined, given: string, now: number): void {
  if (!record) throw codeExpired();
  if (record.failedAttempts >= MAX_CODE_ATTEMPTS) throw attemptLimit();
  if (record.code !== given) {
    record.failedAttempts += 1;
    throw codeMismatch();
  }
  if (record.expiresAt <= now) throw codeExpired();
}

/** Cognito shows destinations as "a***@e***.com". */
function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  const dot = domain.lastIndexOf(".");
  const tld = dot >= 0 ? domain.slice(dot) : "";
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***${tld}`;
}

export const emailDelivery = (email: string) => ({
  Destination: maskEmail(email),
  DeliveryMedium: "EMAIL",
  AttributeName: "email",
});
