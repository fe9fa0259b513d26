import { randomBytes, randomInt, randomUUID } from "node:crypto";

const LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
const ALNUM = `ABCDEFGHIJKLMNOPQRSTUVWXYZ${LOWER_ALNUM}`;

export function randomFrom(alphabet: string, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

export const newPoolId = (region: string) => `${region}_${randomFrom(ALNUM, 9)}`;
export const newClientId = () => randomFrom(LOWER_ALNUM, 26);
export const newClientSecret = () => randomFrom(LOWER_ALNUM, 51);
export const newUuid = () => randomUUID();
export const newOpaqueToken = (bytes: number) => randomBytes(bytes).toString("base64url");
export const newSixDigitCode = () => String(randomInt(0, 1_000_000)).padStart(6, "0");
