import { invalidParameter, messages, notAuthorized, totpMissing, totpNotEnabledInPool } from "../../errors";
import type { ChallengeSession, PoolRecord, UserRecord } from "../../store/types";
import { newTotpSecret } from "../../totp";
import { authenticateAccessToken } from "../../tokens/verify-access";
import { advanceChallenge, openChallengeAnywhere } from "../challenges/session";
import { touch, type Ctx } from "../context";
import { optionalString, type Input } from "../input";
import { checkSetupCode } from "./totp-codes";
import { setTotpEnabled } from "./user-mfa";

interface Caller {
  pool: PoolRecord;
  user: UserRecord;
  challenge?: ChallengeSession;
}

/** "The request takes an access token or a session string, but not both." */
function callerOf(ctx: Ctx, input: Input): Caller {
  const accessToken = optionalString(input, "AccessToken");
  const session = optionalString(input, "Session");
  if (accessToken && session) throw invalidParameter("Provide either an access token or a session, not both.");
  if (accessToken) return authenticateAccessToken(ctx, accessToken);
  if (!session) throw invalidParameter("An access token or a session is required.");
  const { pool, challenge } = openChallengeAnywhere(ctx, session);
  const user = pool.users[challenge.username];
  if (challenge.challengeName !== "MFA_SETUP" || !user) throw notAuthorized(messages.sessionInvalid);
  return { pool, user, challenge };
}

function associateSoftwareToken(ctx: Ctx, input: Input) {
  const { pool, user, challenge } = callerOf(ctx, input);
  if (!pool.softwareTokenMfaEnabled) throw totpNotEnabledInPool();
  const secret = newTotpSecret();
  if (challenge) return { SecretCode: secret, Session: advanceChallenge(ctx, pool, challenge, { secret }) };
  user.pendingSoftwareToken = { secret, failedAttempts: 0 };
  return { SecretCode: secret };
}

function readUserCode(input: Input): string {
  const code = optionalString(input, "UserCode");
  if (code === undefined || !/^\d{6}$/.test(code)) {
    throw invalidParameter(
      "1 validation error detected: Value at 'userCode' failed to satisfy constraint: Member must have length 6 and satisfy regular expression pattern: [0-9]+",
    );
  }
  return code;
}

function verifySoftwareToken(ctx: Ctx, input: Input) {
  const code = readUserCode(input);
  const friendlyDeviceName = optionalString(input, "FriendlyDeviceName");
  const { pool, user, challenge } = callerOf(ctx, input);
  if (!pool.softwareTokenMfaEnabled) throw totpNotEnabledInPool();
  const secret = challenge ? challenge.data?.secret : user.pendingSoftwareToken?.secret;
  const attempts = challenge ?? user.pendingSoftwareToken;
  if (!secret || !attempts) throw totpMissing();
  const step = checkSetupCode(attempts, secret, code, ctx.now());
  user.softwareToken = { secret, lastUsedStep: step, ...(friendlyDeviceName ? { friendlyDeviceName } : {}) };
  delete user.pendingSoftwareToken;
  touch(user, ctx);
  if (!challenge) return { Status: "SUCCESS" };
  setTotpEnabled(user, true, true);
  return { Status: "SUCCESS", Session: advanceChallenge(ctx, pool, challenge, { verified: "true" }) };
}

export const softwareTokenOperations = {
  AssociateSoftwareToken: associateSoftwareToken,
  VerifySoftwareToken: verifySoftwareToken,
};
