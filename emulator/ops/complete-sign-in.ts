import type { ClientRecord, PoolRecord, UserRecord } from "../store/types";
import { startSession } from "../tokens/issue";
import type { Ctx } from "./context";
import type { AuthOutcome } from "./auth-outcome";
import { mfaChallenge } from "./mfa/sign-in";

export function signedIn(ctx: Ctx, pool: PoolRecord, client: ClientRecord, user: UserRecord): AuthOutcome {
  return { ChallengeParameters: {}, AuthenticationResult: startSession(ctx, pool, client, user) };
}

/** Every successful first factor ends here: the MFA the pool and the user ask for, or the tokens. */
export function completeSignIn(ctx: Ctx, pool: PoolRecord, client: ClientRecord, user: UserRecord): AuthOutcome {
  return mfaChallenge({ ctx, pool, client, user }) ?? signedIn(ctx, pool, client, user);
}
