const MAX_NEXT_LENGTH = 2048;
const FALLBACK = "/";
const BASE = "http://cruddur.invalid";
const MAX_DECODE_ROUNDS = 3;

/** Control characters, whitespace of any kind and backslashes: browsers strip or reinterpret them. */
const UNSAFE_RAW = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff\\]/;
/** Once decoded, an inner space ("a%20b" in a query) is harmless; the rest is not. */
const UNSAFE_DECODED = /[\u0000-\u001f\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff\\]/;

function isSafeForm(path: string, unsafe = UNSAFE_RAW): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !unsafe.test(path);
}

/** Every layer of percent-decoding must also be safe, in case something downstream decodes again. */
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

/** A Location header must be ASCII: Node refuses anything else with a 500, so percent-encode it. */
function asciiOnly(path: string): string {
  if (!/[^\u0021-\u007e]/.test(path)) return path;
  const url = new URL(path, BASE);
  return url.pathname + url.search + url.hash;
}

/**
 * `value` when it is a same-origin relative path (e.g. "/messages?x=1", non-ASCII percent-encoded), else "/". Refuses
 * protocol-relative, backslash, scheme, encoded, whitespace and control-character variants.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_NEXT_LENGTH) return FALLBACK;
  if (!isSafeForm(value) || !decodesSafely(value) || !staysSameOrigin(value)) return FALLBACK;
  return asciiOnly(value);
}
