import { getMessages, type Message } from "./messages";
import type { Author } from "./types";
import { findAuthor, normalizeHandle } from "./users";

interface Viewer {
  name: string;
  handle: string;
}

const PROFILE = /^\/(?:@|users\/)([^/]+)$/;
const CONVERSATION = /^\/messages\/(?:@|users\/)([^/]+)$/;

/** The person a profile address shows: someone in the feed, or the viewer themselves. */
export function profileAuthor(rawHandle: string, viewer: Viewer | null): Author | null {
  const handle = normalizeHandle(rawHandle);
  if (!handle) return null;
  if (viewer?.handle.toLowerCase() === handle) return { displayName: viewer.name, handle: viewer.handle };
  return findAuthor(handle);
}

/** The viewer's conversation at this address, or null when there is none (their own included). */
export function conversationAt(rawHandle: string, viewerHandle: string, now: Date): Message[] | null {
  const partner = normalizeHandle(rawHandle);
  return partner ? getMessages(partner, now, viewerHandle) : null;
}

/**
 * Whether a feed address names nobody. The middleware answers these with a 404 and the page shows
 * the not-found body itself: `notFound()` in a page sends an empty body until JavaScript runs.
 */
export function namesNobody(pathname: string, viewer: Viewer | null): boolean {
  const profile = PROFILE.exec(pathname)?.[1];
  if (profile !== undefined) return profileAuthor(profile, viewer) === null;
  const conversation = CONVERSATION.exec(pathname)?.[1];
  return conversation !== undefined && viewer !== null && !conversationAt(conversation, viewer.handle, new Date())?.[0];
}
