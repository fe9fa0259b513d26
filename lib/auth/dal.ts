import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { User } from "../cognito/types";
import { safeNextPath } from "../navigation/safe-redirect";
import { checkSessionIn, type SessionCheck, type VerifiedSession } from "./verify-session";

/**
 * The data access layer's check, once per render (React cache): every server component,
 * action and route handler that needs the user calls this, whatever the middleware decided.
 */
export const checkSession = cache(async (): Promise<SessionCheck<VerifiedSession>> => checkSessionIn(await cookies()));

export async function verifySession(): Promise<VerifiedSession | null> {
  const check = await checkSession();
  return check.status === "signed-in" ? check.value : null;
}

export async function getCurrentUser(): Promise<User | null> {
  return (await verifySession())?.user ?? null;
}

/** The signed-in user, or a redirect to sign-in that returns to `nextPath` afterwards. */
export async function requireUser(nextPath: string): Promise<User> {
  const check = await checkSession();
  if (check.status === "signed-in") return check.value.user;
  const notice = check.status === "unavailable" ? "&notice=session-unavailable" : "";
  redirect(`/signin?next=${encodeURIComponent(safeNextPath(nextPath))}${notice}`);
}
