const NONCE_BYTES = 16;
const NONCES_PER_DRAW = 256;

let drawn = new Uint8Array(0);
let used = 0;

/**
 * A CSP nonce: 128 random bits in base64, never handed out twice. The random bytes are drawn 4 KB
 * at a time: in the Edge sandbox one `getRandomValues` call costs far more than the bytes it fills.
 */
export function newNonce(): string {
  if (used === drawn.length) {
    drawn = crypto.getRandomValues(new Uint8Array(NONCE_BYTES * NONCES_PER_DRAW));
    used = 0;
  }
  const bytes = drawn.subarray(used, used + NONCE_BYTES);
  used += NONCE_BYTES;
  return btoa(String.fromCharCode(...bytes));
}
