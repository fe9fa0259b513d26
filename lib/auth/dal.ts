import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { User } from "../cognito/types";
import { safeNextPath } from "../navigation/safe-redirect";
import { checkSessionIn, type SessionCheck, type VerifiedSession } from "./verify-session";

export const checkSession = cache(async (): Promise<SessionCheck<VerifiedSession>> => checkSessionIn(await cookies()));

export async function verifySession(): Promise<VerifiedSession | null> {
  const check = await checkSession();
  return check.status === "signed-in" ? check.value : null;
}

export async function getCurrentUser(): Promise<User | null> {
  return (await verifySession())?.user ?? null;
}

export async function requireUser(nextPath: string): Promise<User> {
  const check = await checkSession();
  if (check.status === "signed-in") return check.value.user;
  const notice = check.status === "unavailable" ? "&notice=session-unavailable" : "";
  redirect(`/signin?next=${encodeURIComponent(safeNextPath(nextPath))}${notice}`);
}
