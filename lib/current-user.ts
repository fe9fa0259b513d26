import "server-only";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import type { SessionUser } from "@/lib/session/types";

export async function getViewer(): Promise<SessionUser | null> {
  // The real session read is per request; keep the seam dynamic so pages are never prerendered.
  await connection();
  return null; // TODO(lead): wire to lib/dal getCurrentUser
}

export async function requireViewer(path: string): Promise<SessionUser> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?next=${encodeURIComponent(path)}`);
  return viewer;
}
