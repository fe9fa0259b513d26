import "server-only";
import { z } from "zod";
import { createFlowCodec } from "./codec";
import { clearFlow, readFlow, writeFlow } from "./cookie";

/** Cognito keeps a NEW_PASSWORD_REQUIRED session for about 3 minutes. */
const CHALLENGE_TTL_SECONDS = 180;

const challengeSchema = z.object({
  v: z.literal(1),
  /** Cognito's opaque challenge Session: sealed, never in the page. */
  session: z.string().min(1).max(3000),
  username: z.string().min(1),
  email: z.string(),
  next: z.string(),
});

type PendingChallenge = Omit<z.infer<typeof challengeSchema>, "v">;

const challengeCodec = createFlowCodec("challenge", challengeSchema, CHALLENGE_TTL_SECONDS);

export const readChallenge = () => readFlow(challengeCodec);
export const saveChallenge = (challenge: PendingChallenge) => writeFlow(challengeCodec, { v: 1, ...challenge });
export const clearChallenge = () => clearFlow(challengeCodec);
