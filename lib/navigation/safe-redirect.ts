const MAX_NEXT_LENGTH = 2048;
const FALLBACK = "/";
const BASE = "http://cruddur.invalid";
const MAX_DECODE_ROUNDS = 3;

const UNSAFE_RAW = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff\\]/;
const UNSAFE_DECODED = /[\u0000-\u001f\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff\\]/;

function isSafeForm(path: string, unsafe = UNSAFE_RAW): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !unsafe.test(path);
}

function decodesSafely(path: string): boolean {
  let current = path;
  for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return false;
    }
    if (!isSafeForm(decoded, UNSAFE_DECODED)) return false;
    if (decoded === current) return true;
    current = decoded;
  }
  return false;
}

function staysSameOrigin(path: string): boolean {
  try {
    return new URL(path, BASE).origin === BASE;
  } catch {
    return false;
  }
}

// Node answers a non-ASCII Location header with a 500.
function asciiOnly(path: string): string {
  if (!/[^\u0021-\u007e]/.test(path)) return path;
  const url = new URL(path, BASE);
  return url.pathname + url.search + url.hash;
}

export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_NEXT_LENGTH) return FALLBACK;
  if (!isSafeForm(value) || !decodesSafely(value) || !staysSameOrigin(value)) return FALLBACK;
  return asciiOnly(value);
}
