import { DAY_MS, HOUR_MS, MINUTE_MS, shift } from "./time";
import type { Author } from "./types";
import { authors } from "./users";

export interface MessageGroup extends Author {
  uuid: string;
  lastMessageAt: string;
}

export interface Message extends Author {
  uuid: string;
  message: string;
  createdAt: string;
}

/** The viewer's conversations: never one with themselves, whatever handle they chose. */
export function getMessageGroups(now: Date, viewerHandle: string): MessageGroup[] {
  return [
    { uuid: "5ae290ed-55d1-47a0-bc6d-fe2bc2700399", ...authors.andrewbrown, lastMessageAt: shift(now, -2 * HOUR_MS) },
    { uuid: "1d0b3c5a-8f0e-4a4b-9f3e-2c6d7e8f9a01", ...authors.worf, lastMessageAt: shift(now, -DAY_MS) },
    { uuid: "b3f1c9e2-7d4a-4f6b-8a2e-5c9d0e1f2a3b", ...authors.garek, lastMessageAt: shift(now, -2 * DAY_MS) },
  ]
    .filter((group) => group.handle !== viewerHandle.toLowerCase())
    .slice(0, 2);
}

export function getMessages(handle: string, now: Date, viewerHandle: string): Message[] | null {
  const group = getMessageGroups(now, viewerHandle).find((candidate) => candidate.handle === handle);
  if (!group) return null;
  const author: Author = { displayName: group.displayName, handle: group.handle };
  return [
    {
      uuid: "4e81c06a-db0f-4281-b4cc-98208537772a",
      ...author,
      message: "Cloud is fun!",
      createdAt: shift(now, -3 * HOUR_MS),
    },
    {
      uuid: "66e12864-8c26-4c3a-9658-95a10f8fea68",
      ...author,
      message: "This platform is great!",
      createdAt: shift(now, -2 * HOUR_MS - 30 * MINUTE_MS),
    },
  ];
}
