import {
  AssociateSoftwareTokenCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { Secret, TOTP } from "otpauth";
import { createConfirmedUser, tokensFor, withAdmin, type TestUser } from "./emulator";

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

  /** The code of a clock `seconds` ahead, for an emulator whose clock was moved. */
  codeIn(seconds: number): string {
    return this.totp.generate({ timestamp: Date.now() + seconds * 1000 });
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

/** An account whose authenticator was set up straight at Cognito, and the app that makes its codes. */
export async function userWithAuthenticator(): Promise<{ user: TestUser; app: Authenticator }> {
  const user = await createConfirmedUser();
  const { accessToken: AccessToken } = await tokensFor(user);
  return withAdmin(async (cognito) => {
    const { SecretCode } = await cognito.send(new AssociateSoftwareTokenCommand({ AccessToken }));
    const app = new Authenticator(SecretCode ?? "");
    await cognito.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: await app.code() }));
    const SoftwareTokenMfaSettings = { Enabled: true, PreferredMfa: true };
    await cognito.send(new SetUserMFAPreferenceCommand({ AccessToken, SoftwareTokenMfaSettings }));
    return { user, app };
  });
}
