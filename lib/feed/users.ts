import type { Author } from "./types";

export const authors = {
  andrewbrown: { displayName: "Andrew Brown", handle: "andrewbrown" },
  worf: { displayName: "Worf", handle: "worf" },
  garek: { displayName: "Garek", handle: "garek" },
  lore: { displayName: "Lore", handle: "lore" },
  coco: { displayName: "Coco", handle: "coco" },
} satisfies Record<string, Author>;

const HANDLE_PATTERN = /^[A-Za-z0-9_]{1,20}$/;

export function normalizeHandle(raw: string): string | null {
  const handle = safeDecode(raw).replace(/^@/, "").toLowerCase();
  return HANDLE_PATTERN.test(handle) ? handle : null;
}

export function findAuthor(handle: string): Author | null {
  return Object.values(authors).find((author) => author.handle === handle) ?? null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
