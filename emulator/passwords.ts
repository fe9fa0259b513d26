import { randomBytes, scryptSync, timingSafeEqual } from "node:crypto";

/*
 * Deliberately cheap scrypt parameters: this is an offline emulator that must answer hundreds of
 * parallel sign-ins quickly, and hashing stays synchronous so an operation never interleaves with another.
 */
const COST = { N: 1024, r: 8, p: 1 };

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return `${salt.toString("base64")}:${scryptSync(password, salt, 32, COST).toString("base64")}`;
}

export function passwordMatches(password: string, stored: string): boolean {
  const [salt, hash] = stored.split(":");
  if (!salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const actual = scryptSync(password, Buffer.from(salt, "base64"), expected.length, COST);
  return timingSafeEqual(actual, expected);
}
