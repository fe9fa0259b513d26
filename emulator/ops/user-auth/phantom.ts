import { createHash } from "node:crypto";
import type { ChallengeSession, PoolRecord, UserRecord } from "../../store/types";
import { looksLikeEmail } from "../attributes";
import { findUser } from "../context";

/**
 * Stands in for a user name the pool does not know, when the client hides user existence: it gets
 * challenges, a simulated code delivery and a passkey id that stay the same for the same name.
 */
export function phantomUser(pool: PoolRecord, username: string): UserRecord {
  const seed = createHash("sha256").update(`${pool.id}\n${username.toLowerCase()}`).digest("base64url");
  return {
    username,
    attributes: {
      email: looksLikeEmail(username) ? username : `${seed.slice(0, 8)}@example.com`,
      email_verified: "true",
    },
    passwordHash: "",
    status: "CONFIRMED",
    enabled: true,
    createdAt: 0,
    updatedAt: 0,
    failedSignIns: 0,
    lockedUntil: 0,
    lastFailedSignInAt: 0,
    passkeys: [
      {
        credentialId: seed.slice(0, 32),
        publicKey: "",
        counter: 0,
        transports: ["internal", "hybrid"],
        friendlyName: "",
        relyingPartyId: "",
        createdAt: 0,
      },
    ],
  };
}

export const isPhantom = (challenge: ChallengeSession) => challenge.data?.phantom === "true";
export const phantomData = (phantom: boolean): Record<string, string> => (phantom ? { phantom: "true" } : {});

/** The user a challenge answer is for: the stored one, or the stand-in of an unknown name. */
export function challengeUser(pool: PoolRecord, challenge: ChallengeSession, username: string): UserRecord | undefined {
  if (!isPhantom(challenge)) return findUser(pool, username);
  return username.toLowerCase() === challenge.username.toLowerCase()
    ? phantomUser(pool, challenge.username)
    : undefined;
}
