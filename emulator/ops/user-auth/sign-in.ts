import { messages, notAuthorized } from "../../errors";
import type { ClientRecord, PoolRecord, UserRecord } from "../../store/types";
import type { AuthOutcome } from "../auth-outcome";
import { signedIn } from "../complete-sign-in";
import type { Ctx } from "../context";

/**
 * "Adding MFA to a user pool": MFA follows a password. A code, a passkey or a just-confirmed sign-up
 * is the whole sign-in, so it gets tokens without going through completeSignIn's MFA step.
 */
export function passwordlessSignIn(ctx: Ctx, pool: PoolRecord, client: ClientRecord, user: UserRecord): AuthOutcome {
  if (!user.enabled) throw notAuthorized(messages.disabled);
  return signedIn(ctx, pool, client, user);
}
