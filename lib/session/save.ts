import "server-only";
import { cookies } from "next/headers";
import type { AuthTokens } from "../cognito/types";
import { clearedSessionCookies, sessionCookies } from "./cookies";
import { sessionFromTokens } from "./from-tokens";
import type { CookieToSet, Session } from "./types";

/** What a form says when Cognito signed the person in but the session could not be stored. */
export const SESSION_NOT_SAVED = "We could not start your session. Please try again.";

async function apply(changes: readonly CookieToSet[]) {
  const jar = await cookies();
  for (const { name, value, options } of changes) jar.set(name, value, options);
}

/** For server actions and route handlers: stores the session in this response's cookies. */
async function saveSession(session: Session): Promise<boolean> {
  const result = await sessionCookies(session, await cookies());
  await apply(result.cookies);
  return result.status === "saved";
}

export async function clearSession(): Promise<void> {
  await apply(clearedSessionCookies(await cookies()));
}

/** Verifies fresh Cognito tokens and stores them as the session. False when either fails. */
export async function startSession(tokens: AuthTokens): Promise<boolean> {
  const session = await sessionFromTokens(tokens);
  return session !== null && (await saveSession(session));
}
