import { invalidParameter } from "../../errors";
import type { ClientRecord, MfaFactor, PoolRecord, UserRecord } from "../../store/types";
import { issueChallenge } from "../challenges/session";
import type { AuthOutcome } from "../auth-outcome";
import type { Ctx } from "../context";
import { mfaModeOf } from "../pool-settings";
import { factorsForSignIn } from "./user-mfa";

type Asked = { ctx: Ctx; pool: PoolRecord; client: ClientRecord; user: UserRecord };

export function softwareTokenChallenge({ ctx, pool, client, user }: Asked): AuthOutcome {
  const device = user.softwareToken?.friendlyDeviceName;
  return {
    ChallengeName: "SOFTWARE_TOKEN_MFA",
    Session: issueChallenge(ctx, pool, client, user, "SOFTWARE_TOKEN_MFA"),
    ChallengeParameters: { USER_ID_FOR_SRP: user.username, ...(device ? { FRIENDLY_DEVICE_NAME: device } : {}) },
  };
}

function challengeFor(factor: MfaFactor, asked: Asked): AuthOutcome {
  if (factor !== "SOFTWARE_TOKEN_MFA") throw invalidParameter(`${factor} is not emulated.`);
  return softwareTokenChallenge(asked);
}

function mfaSetupChallenge({ ctx, pool, client, user }: Asked): AuthOutcome {
  const canSetUp = pool.softwareTokenMfaEnabled ? ["SOFTWARE_TOKEN_MFA"] : [];
  return {
    ChallengeName: "MFA_SETUP",
    Session: issueChallenge(ctx, pool, client, user, "MFA_SETUP"),
    ChallengeParameters: { MFAS_CAN_SETUP: JSON.stringify(canSetUp) },
  };
}

function selectMfaTypeChallenge({ ctx, pool, client, user }: Asked, factors: MfaFactor[]): AuthOutcome {
  return {
    ChallengeName: "SELECT_MFA_TYPE",
    Session: issueChallenge(ctx, pool, client, user, "SELECT_MFA_TYPE", { choices: factors.join(",") }),
    ChallengeParameters: { USER_ID_FOR_SRP: user.username, MFAS_CAN_CHOOSE: JSON.stringify(factors) },
  };
}

export function mfaChallenge(asked: Asked): AuthOutcome | undefined {
  const factors = factorsForSignIn(asked.pool, asked.user);
  if (!factors.length) return mfaModeOf(asked.pool) === "ON" ? mfaSetupChallenge(asked) : undefined;
  const preferred = asked.user.preferredMfa;
  const chosen = factors.length === 1 ? factors[0] : factors.find((factor) => factor === preferred);
  return chosen ? challengeFor(chosen, asked) : selectMfaTypeChallenge(asked, factors);
}
