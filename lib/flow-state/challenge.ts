import "server-only";
import { z } from "zod";
import { createFlowCodec } from "./codec";
import { clearFlow, readFlow, writeFlow } from "./cookie";

/** Cognito keeps a challenge session for about 3 minutes. */
const CHALLENGE_TTL_SECONDS = 180;

/** The page that answers each kind of challenge. */
export const CHALLENGE_PAGES = {
  "new-password-required": "/new-password",
  "totp-required": "/signin/code",
  "totp-setup-required": "/signin/code/setup",
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
});

type PendingChallenge = Omit<z.infer<typeof challengeSchema>, "v">;

const challengeCodec = createFlowCodec("challenge", challengeSchema, CHALLENGE_TTL_SECONDS);

export const readChallenge = () => readFlow(challengeCodec);
export const saveChallenge = (challenge: PendingChallenge) => writeFlow(challengeCodec, { v: 2, ...challenge });
export const clearChallenge = () => clearFlow(challengeCodec);
