import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { User } from "../cognito/types";
import { safeNextPath } from "../navigation/safe-redirect";
import { verifySessionIn, type VerifiedSession } from "./verify-session";

/**
 * The data access layer's check, once per render (React cache): every server component,
 * action and route handler that needs the user calls this, whatever the middleware decided.
 */
const verifySession = cache(async (): Promise<VerifiedSession | null> => verifySessionIn(await cookies()));

export async function getCurrentUser(): Promise<User | null> {
  return (await verifySession())?.user ?? null;
}

/** The signed-in user, or a redirect to sign-in that returns to `nextPath` afterwards. */
export async function requireUser(nextPath: string): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?next=${encodeURIComponent(safeNextPath(nextPath))}`);
  return user;
}
