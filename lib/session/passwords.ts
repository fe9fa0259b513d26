/**
 * iron-session picks the password for unsealing by the id written in the seal, so ids must be
 * stable across rotations: each is derived from the secret itself. They are decimal because
 * sealData chooses the "newest" id numerically.
 */
type PasswordMap = Record<string, string>;

const memo = new Map<string, Promise<string>>();

async function deriveId(secret: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(secret)));
  let id = 0;
  for (const byte of digest.subarray(0, 6)) id = id * 256 + byte;
  return String(id + 1);
}

export function passwordId(secret: string): Promise<string> {
  let id = memo.get(secret);
  if (!id) {
    id = deriveId(secret);
    memo.set(secret, id);
  }
  return id;
}

const maps = new WeakMap<readonly string[], Promise<PasswordMap>>();

async function buildMap(secrets: readonly string[]): Promise<PasswordMap> {
  const map: PasswordMap = Object.create(null) as PasswordMap;
  for (const secret of [...secrets].reverse()) map[await passwordId(secret)] = secret;
  return map;
}

/** A prototype-free map, so a seal naming `__proto__` or `constructor` finds no password. */
export function passwordMap(secrets: readonly string[]): Promise<PasswordMap> {
  let map = maps.get(secrets);
  if (!map) {
    map = buildMap(secrets);
    maps.set(secrets, map);
  }
  return map;
}
