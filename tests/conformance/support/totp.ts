import { setTimeout as sleep } from "node:timers/promises";
import { Secret, TOTP } from "otpauth";
import { advanceClock } from "./emulator-control";
import type { Fixture } from "./fixture";

const PERIOD_MS = 30_000;

/** The RFC 6238 code an authenticator app shows for the secret at `timestamp` (SHA-1, 6 digits, 30 s). */
export function totpCode(secret: string, timestamp: number): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30, timestamp });
}

/**
 * A moment in the middle of a TOTP step on the target's clock, so a code computed for it stays
 * current while the request travels: the emulator's clock is moved there, AWS's is waited for.
 */
export async function midStep(f: Fixture): Promise<number> {
  if (f.target.kind === "emulator") {
    const now = await advanceClock(f.target.endpoint, 0);
    const wait = (PERIOD_MS * 1.5 - (now % PERIOD_MS)) % PERIOD_MS;
    return advanceClock(f.target.endpoint, wait / 1000);
  }
  const offset = Date.now() % PERIOD_MS;
  if (offset > PERIOD_MS - 5_000) await sleep(PERIOD_MS - offset + 1_000);
  return Date.now();
}

/** Past the current step, so a new code is not refused as one already used: instant on the emulator, up to 35 s on AWS. */
export async function nextStep(f: Fixture): Promise<number> {
  if (f.target.kind === "emulator") await advanceClock(f.target.endpoint, PERIOD_MS / 1000);
  else await sleep(PERIOD_MS - (Date.now() % PERIOD_MS) + 1_000);
  return midStep(f);
}

/** Timeout for tests that wait for the next TOTP step on AWS. */
export const NEXT_STEP_TIMEOUT = 90_000;
