import { sessionFromClaims } from "../from-tokens";
import type { Session } from "../types";
import type { AccessClaims, IdClaims } from "../../tokens/claims";

/** A JWT-shaped string of exactly `bytes` characters (content is irrelevant to the budget). */
function fakeToken(bytes: number, seed = "x"): string {
  const body = seed.repeat(Math.ceil(bytes / seed.length)).slice(0, bytes - 4);
  return `eyJ.${body.slice(0, bytes - 6)}.s`.padEnd(bytes, "A").slice(0, bytes);
}

const SUB = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
const access = (exp: number): AccessClaims => ({
  sub: SUB,
  username: SUB,
  client_id: "client",
  token_use: "access",
  exp,
  iat: exp - 3600,
  jti: "11111111-2222-3333-4444-555555555555",
  origin_jti: "66666666-7777-8888-9999-000000000000",
});

export function typicalSession(): Session {
  const id: IdClaims = {
    sub: SUB,
    token_use: "id",
    exp: 2e9,
    iat: 2e9 - 3600,
    "cognito:username": SUB,
    email: "andrew@cruddur.test",
    name: "Andrew Brown",
    preferred_username: "andrewbrown",
  };
  return sessionFromClaims({ accessToken: fakeToken(1024), refreshToken: fakeToken(1800, "r") }, access(2e9), id)!;
}

/** The ID token is 6 KB of custom claims; only the five identity claims survive into the session. */
export function maximalSession(accessBytes = 1536): Session {
  const custom = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`custom:claim${i}`, "v".repeat(120)]));
  const id = {
    sub: SUB,
    token_use: "id",
    exp: 2e9,
    iat: 2e9 - 3600,
    "cognito:username": "u".repeat(128),
    email: `${"e".repeat(64)}@${"d".repeat(180)}.example`,
    name: "N".repeat(2048),
    preferred_username: "h".repeat(20),
    ...custom,
  } as IdClaims;
  return sessionFromClaims(
    { accessToken: fakeToken(accessBytes), refreshToken: fakeToken(1800, "r") },
    access(2e9),
    id,
  )!;
}
