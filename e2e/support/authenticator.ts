import { Secret, TOTP } from "otpauth";

const PERIOD_MS = 30_000;
const stepNow = () => Math.floor(Date.now() / PERIOD_MS);

/**
 * The phone's authenticator app, fed the key the page shows. Cognito takes each 30-second code
 * once, so `code()` waits for a step later than the last one it gave.
 */
export class Authenticator {
  private readonly totp: TOTP;
  private lastStep = -1;

  constructor(key: string) {
    this.totp = new TOTP({ secret: Secret.fromBase32(key.replace(/\s+/g, "")), algorithm: "SHA1", digits: 6 });
  }

  async code(): Promise<string> {
    while (stepNow() <= this.lastStep) await new Promise((resolve) => setTimeout(resolve, 250));
    this.lastStep = stepNow();
    return this.totp.generate({ timestamp: this.lastStep * PERIOD_MS + PERIOD_MS / 2 });
  }

  /** The code on screen now, without waiting: for attempts that must be refused before Cognito sees them. */
  currentCode(): string {
    return this.totp.generate();
  }

  /** A code this app would not show now, nor in the steps around now. */
  wrongCode(): string {
    const near = [-1, 0, 1].map((delta) => this.totp.generate({ timestamp: Date.now() + delta * PERIOD_MS }));
    for (let candidate = 0; ; candidate++) {
      const code = String(123456 + candidate * 7919)
        .padStart(6, "0")
        .slice(-6);
      if (!near.includes(code)) return code;
    }
  }
}

/** Codes for a test waits up to one full step, three times in a long journey. */
export const TWO_FACTOR_TIMEOUT = 150_000;
