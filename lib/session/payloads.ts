import "server-only";
import { z } from "zod";
import { createSealReader } from "./seal";
import type { Session } from "./types";

const sessionPayload = z.object({
  v: z.literal(2),
  user: z.object({
    sub: z.string().min(1),
    username: z.string().min(1),
    email: z.string(),
    name: z.string(),
    handle: z.string(),
  }),
  accessToken: z.string().min(1),
  accessExpiresAt: z.number().int(),
  sessionId: z.string().min(1),
  generation: z.number().int().nonnegative(),
  confirmedAt: z.number().int().optional(),
});

const refreshPayload = z.object({
  v: z.literal(1),
  refreshToken: z.string().min(1),
  username: z.string().min(1),
});

type SessionPayload = z.infer<typeof sessionPayload>;
type RefreshPayload = z.infer<typeof refreshPayload>;

export function toSessionPayload(session: Session): SessionPayload {
  const { user, accessToken, accessExpiresAt, sessionId, generation, confirmedAt } = session;
  return { v: 2, user, accessToken, accessExpiresAt, sessionId, generation, confirmedAt };
}

export function toRefreshPayload(refreshToken: string, username: string): RefreshPayload {
  return { v: 1, refreshToken, username };
}

function validator<T>(schema: z.ZodType<T>) {
  return (data: unknown): T | null => {
    const result = schema.safeParse(data);
    return result.success ? result.data : null;
  };
}

export const readSessionSeal = createSealReader(validator(sessionPayload), "session");
export const readRefreshSeal = createSealReader(validator(refreshPayload), "refresh");
