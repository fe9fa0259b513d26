export const SECRET_HELP =
  "make one with: node -e \"console.log('1.' + require('crypto').randomBytes(32).toString('base64url'))\"";

const FORMAT = /^([1-9]\d{0,8})\.([A-Za-z0-9_-]+)$/;
const MIN_BYTES = 32;
const MIN_DISTINCT_BYTES = 16;

export interface SessionPassword {
  id: string;
  password: string;
}

const toBase64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

function fromBase64url(text: string): Uint8Array | null {
  try {
    const bytes = Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
    return toBase64url(bytes) === text ? bytes : null;
  } catch {
    return null;
  }
}

function looksMadeUp(bytes: Uint8Array): boolean {
  if (new Set(bytes).size < MIN_DISTINCT_BYTES) return true;
  for (let period = 1; period <= bytes.length / 2; period++) {
    if (bytes.every((byte, i) => i < period || byte === bytes[i - period])) return true;
  }
  return false;
}

export function parseSessionSecret(text: string): SessionPassword | string {
  const [, id, secret] = FORMAT.exec(text.trim()) ?? [];
  if (!id || !secret) return `must be <rotation counter>.<secret>, e.g. 1.<43 base64url characters>; ${SECRET_HELP}`;
  const bytes = fromBase64url(secret);
  if (!bytes || bytes.length < MIN_BYTES) {
    return `must have at least ${MIN_BYTES} bytes in base64url after "${id}."; ${SECRET_HELP}`;
  }
  if (looksMadeUp(bytes)) return `does not look generated (few distinct bytes, or a repeated pattern); ${SECRET_HELP}`;
  return { id, password: secret };
}

export function newSessionSecret(counter = 1): string {
  return `${counter}.${toBase64url(crypto.getRandomValues(new Uint8Array(MIN_BYTES)))}`;
}
