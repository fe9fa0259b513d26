import "server-only";
import { MAX_SEAL_LENGTH } from "./seal";
import type { CookieJar, CookieOptions, CookieToSet } from "./types";

export const MAX_SET_COOKIE_BYTES = 4096;
// Three chunks keep the whole Cookie header under Node's 16 KB request-header limit.
const MAX_CHUNKS = 3;
const CHUNK_MARKER = /^([2-9])~/;
const SAFETY_MARGIN = 32;

// Byte for byte what Next's ResponseCookies sends, so the size measured is the size sent.
export function serializeCookie({ name, value, options }: CookieToSet): string {
  const attributes = [
    `Path=${options.path}`,
    options.maxAge ? `Expires=${new Date(Date.now() + options.maxAge * 1000).toUTCString()}` : "",
    `Max-Age=${options.maxAge}`,
    options.secure ? "Secure" : "",
    "HttpOnly",
    `SameSite=${options.sameSite}`,
  ].filter(Boolean);
  return `${name}=${encodeURIComponent(value)}; ${attributes.join("; ")}`;
}

function chunkName(name: string, index: number): string {
  return index === 0 ? name : `${name}.${index}`;
}

function capacity(name: string, index: number, options: CookieOptions): number {
  const empty = serializeCookie({ name: chunkName(name, index), value: "", options });
  return MAX_SET_COOKIE_BYTES - SAFETY_MARGIN - empty.length - (index === 0 ? 2 : 0);
}

export function splitIntoChunks(name: string, value: string, options: CookieOptions): CookieToSet[] | null {
  if (value.length <= capacity(name, 0, options) + 2) return [{ name, value, options }];
  const parts: string[] = [];
  let rest = value;
  while (rest.length > 0 && parts.length < MAX_CHUNKS) {
    const size = capacity(name, parts.length, options);
    parts.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  if (rest.length > 0) return null;
  const first = `${parts.length}~${parts[0] ?? ""}`;
  return [first, ...parts.slice(1)].map((part, i) => ({ name: chunkName(name, i), value: part, options }));
}

export function readChunked(jar: CookieJar, name: string): string | null {
  const values = new Map(jar.getAll().map((cookie) => [cookie.name, cookie.value]));
  const first = values.get(name);
  if (!first) return null;
  const marker = CHUNK_MARKER.exec(first);
  if (!marker) return first.length <= MAX_SEAL_LENGTH ? first : null;
  const count = Number(marker[1]);
  if (count > MAX_CHUNKS) return null;
  const parts = [first.slice(2)];
  for (let i = 1; i < count; i++) {
    const part = values.get(chunkName(name, i));
    if (part === undefined) return null;
    parts.push(part);
  }
  const joined = parts.join("");
  return joined.length <= MAX_SEAL_LENGTH ? joined : null;
}

export function chunkDeletions(name: string, from: number, options: CookieOptions, jar?: CookieJar): CookieToSet[] {
  const present = jar ? new Set(jar.getAll().map((cookie) => cookie.name)) : undefined;
  const deletions: CookieToSet[] = [];
  for (let i = from; i < MAX_CHUNKS; i++) {
    const chunk = chunkName(name, i);
    if (!present || present.has(chunk)) deletions.push({ name: chunk, value: "", options: { ...options, maxAge: 0 } });
  }
  return deletions;
}
