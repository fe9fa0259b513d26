import "server-only";
import { cookies } from "next/headers";
import { clearedSessionCookies, sessionCookies } from "./cookies";
import type { CookieToSet, Session } from "./types";

async function apply(changes: readonly CookieToSet[]) {
  const jar = await cookies();
  for (const { name, value, options } of changes) jar.set(name, value, options);
}

export async function saveSession(session: Session): Promise<boolean> {
  const result = await sessionCookies(session, await cookies());
  await apply(result.cookies);
  return result.status === "saved";
}

export async function clearSession(): Promise<void> {
  await apply(clearedSessionCookies(await cookies()));
}
