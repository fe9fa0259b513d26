import { createHmac, timingSafeEqual } from "node:crypto";

/** base64(HMAC-SHA256(clientSecret, username + clientId)), as Cognito documents for SECRET_HASH. */
export function computeSecretHash(username: string, clientId: string, clientSecret: string): string {
  return createHmac("sha256", clientSecret)
    .update(username + clientId)
    .digest("base64");
}

export function secretHashMatches(given: string, username: string, clientId: string, clientSecret: string): boolean {
  const expected = Buffer.from(computeSecretHash(username, clientId, clientSecret));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
