const NONCE_BYTES = 16;
const NONCES_PER_DRAW = 256;

let drawn = new Uint8Array(0);
let used = 0;

/** 128 random bits, never given twice; drawn 4 KB at a time, as each getRandomValues call is dear on Edge. */
export function newNonce(): string {
  if (used === drawn.length) {
    drawn = crypto.getRandomValues(new Uint8Array(NONCE_BYTES * NONCES_PER_DRAW));
    used = 0;
  }
  const bytes = drawn.subarray(used, used + NONCE_BYTES);
  used += NONCE_BYTES;
  return btoa(String.fromCharCode(...bytes));
}
