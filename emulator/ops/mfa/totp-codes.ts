import { MAX_CODE_ATTEMPTS } from "../../codes";
import { attemptLimit, mfaCodeMismatch, totpReused, totpSetupMismatch } from "../../errors";
import type { SoftwareToken } from "../../store/types";
import { totpStep } from "../../totp";

interface Attempts {
  failedAttempts?: number;
}

function stepOrFail(attempts: Attempts, secret: string, code: string, now: number, mismatch: () => Error): number {
  if ((attempts.failedAttempts ?? 0) >= MAX_CODE_ATTEMPTS) throw attemptLimit();
  const step = totpStep(secret, code, now);
  if (step !== null) return step;
  attempts.failedAttempts = (attempts.failedAttempts ?? 0) + 1;
  throw mismatch();
}

export function checkSetupCode(attempts: Attempts, secret: string, code: string, now: number): number {
  return stepOrFail(attempts, secret, code, now, totpSetupMismatch);
}

/** A SOFTWARE_TOKEN_MFA answer: right, inside the window, and from a later step than any code accepted before. */
export function checkSignInCode(attempts: Attempts, token: SoftwareToken, code: string, now: number): void {
  const step = stepOrFail(attempts, token.secret, code, now, mfaCodeMismatch);
  if (step <= token.lastUsedStep) throw totpReused();
  token.lastUsedStep = step;
}
