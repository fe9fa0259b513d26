import { parseSessionSecret, type SessionPassword } from "../config/session-secret";

const parsedSecrets = new Map<string, SessionPassword>();

export function sessionPassword(secret: string): SessionPassword {
  let parsed = parsedSecrets.get(secret);
  if (!parsed) {
    const result = parseSessionSecret(secret);
    if (typeof result === "string") throw new Error(`A session secret ${result}`);
    parsed = result;
    parsedSecrets.set(secret, parsed);
  }
  return parsed;
}

export function passwordId(secret: string): string {
  return sessionPassword(secret).id;
}

type PasswordMap = Record<string, string>;
const maps = new WeakMap<readonly string[], PasswordMap>();

// Prototype-free, so a seal naming `__proto__` or `constructor` finds no password.
export function passwordMap(secrets: readonly string[]): PasswordMap {
  let map = maps.get(secrets);
  if (!map) {
    map = Object.create(null) as PasswordMap;
    for (const { id, password } of secrets.map(sessionPassword).reverse()) map[id] = password;
    maps.set(secrets, map);
  }
  return map;
}
