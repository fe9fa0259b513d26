import type { ChallengeSession, ClientRecord, PoolRecord, UserRecord } from "../store/types";
import type { startSession } from "../tokens/issue";
import type { Ctx } from "./context";

export type Tokens = ReturnType<typeof startSession>;

export type AuthOutcome =
  | { ChallengeParameters: Record<string, never>; AuthenticationResult: Tokens }
  | {
      ChallengeName: string;
      Session: string;
      ChallengeParameters: Record<string, string>;
      AvailableChallenges?: string[];
    };

/** A RespondToAuthChallenge call whose session is live, whose USERNAME names the session's user and whose SECRET_HASH matched. */
export interface ChallengeAnswer {
  ctx: Ctx;
  pool: PoolRecord;
  client: ClientRecord;
  user: UserRecord;
  challenge: ChallengeSession;
  responses: Record<string, string>;
}
