import "server-only";
import { headers } from "next/headers";
import { AUTH_ERRORS } from "../cognito/error-catalogue";
import type { AuthTokens } from "../cognito/types";
import { clearRecovery } from "../flow-state/recovery";
import { sessionFromTokens } from "../session/from-tokens";
import { saveSession } from "../session/save";
import { reportStoreUnavailable, signInRegistry } from "./shared-state";

const SESSION_NOT_SAVED = "We could not start your session. Please try again.";

export async function startSession(tokens: AuthTokens, email: string): Promise<string | null> {
  const session = await sessionFromTokens(tokens);
  if (!session) return SESSION_NOT_SAVED;
  try {
    const userAgent = (await headers()).get("user-agent") ?? "";
    await signInRegistry().record(session.sessionId, { sub: session.user.sub, email, userAgent });
  } catch (error) {
    reportStoreUnavailable(error);
    return AUTH_ERRORS["service-unavailable"].message;
  }
  if (!(await saveSession(session))) return SESSION_NOT_SAVED;
  await clearRecovery();
  return null;
}
