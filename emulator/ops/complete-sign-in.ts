import type { ClientRecord, PoolRecord, UserRecord } from "../store/types";
import { startSession } from "../tokens/issue";
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

/** Every successful first factor ends here, so later factors (MFA) are asked for in one place. */
export function completeSignIn(ctx: Ctx, pool: PoolRecord, client: ClientRecord, user: UserRecord): AuthOutcome {
  return { ChallengeParameters: {}, AuthenticationResult: startSession(ctx, pool, client, user) };
}
