import "server-only";
import { z } from "zod";
import { createFlowCodec } from "./codec";
import { clearFlow, readFlow, writeFlow } from "./cookie";

/** Cognito keeps a challenge session for about 3 minutes. */
const CHALLENGE_TTL_SECONDS = 180;
/** The code step outlives its Cognito session, so an expired code gets its own message and a resend. */
const EMAIL_CODE_TTL_SECONDS = 15 * 60;

export const CHALLENGE_PAGES = {
  "new-password-required": "/new-password",
  "totp-required": "/signin/code",
  "totp-setup-required": "/signin/code/setup",
  "choose-sign-in": "/signin/choose",
  "email-code-required": "/signin/email-code",
  "passkey-required": "/signin/passkey",
} as const;

type ChallengeStep = keyof typeof CHALLENGE_PAGES;

const challengeSchema = z.object({
  v: z.literal(2),
  step: z.enum(Object.keys(CHALLENGE_PAGES) as [ChallengeStep]),
  /** Cognito's opaque challenge Session: sealed, never in the page. */
  session: z.string().min(1).max(3000),
  username: z.string().min(1),
  /** The authenticator's secret while MFA_SETUP waits for its first code. */
  secret: z.string().max(200).optional(),
  email: z.string(),
  next: z.string(),
  available: z.array(z.enum(["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"])).optional(),
  requestOptions: z.string().max(2500).optional(),
  /** email-code-required when Cognito offered no code: the page looks the same, and no code is right. */
  noCodeSent: z.boolean().optional(),
  /** email-code-required: wrong codes so far (Cognito ends the session at three). */
  wrongCodes: z.number().int().min(0).optional(),
});

type PendingChallenge = Omit<z.infer<typeof challengeSchema>, "v">;

const challengeCodec = createFlowCodec("challenge", challengeSchema, CHALLENGE_TTL_SECONDS);

export const readChallenge = () => readFlow(challengeCodec);
export const clearChallenge = () => clearFlow(challengeCodec);

export function saveChallenge(challenge: PendingChallenge): Promise<boolean> {
  const ttl = challenge.step === "email-code-required" ? EMAIL_CODE_TTL_SECONDS : CHALLENGE_TTL_SECONDS;
  return writeFlow(challengeCodec, { v: 2, ...challenge }, ttl);
}

export async function readChallengeAt<S extends ChallengeStep>(step: S) {
  const challenge = await readChallenge();
  return challenge?.step === step ? { ...challenge, step } : null;
}
