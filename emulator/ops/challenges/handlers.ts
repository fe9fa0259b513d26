import type { ChallengeSession, ClientRecord, PoolRecord, UserRecord } from "../../store/types";
import type { AuthOutcome } from "../complete-sign-in";
import type { Ctx } from "../context";
import { answerEmailOtp } from "../user-auth/email-otp";
import { answerSelectChallenge } from "../user-auth/factors";
import { answerWebAuthn } from "../user-auth/web-authn";
import { mfaSetup, selectMfaType, softwareTokenMfa } from "./mfa";
import { newPasswordRequired } from "./new-password";

/** A RespondToAuthChallenge call whose session is live, whose USERNAME names the session's user and whose SECRET_HASH matched. */
export interface ChallengeAnswer {
  ctx: Ctx;
  pool: PoolRecord;
  client: ClientRecord;
  user: UserRecord;
  challenge: ChallengeSession;
  responses: Record<string, string>;
}

type ChallengeHandler = (answer: ChallengeAnswer) => AuthOutcome | Promise<AuthOutcome>;

export const challengeHandlers: Record<string, ChallengeHandler> = {
  NEW_PASSWORD_REQUIRED: newPasswordRequired,
  SELECT_CHALLENGE: answerSelectChallenge,
  EMAIL_OTP: answerEmailOtp,
  WEB_AUTHN: answerWebAuthn,
  SOFTWARE_TOKEN_MFA: softwareTokenMfa,
  MFA_SETUP: mfaSetup,
  SELECT_MFA_TYPE: selectMfaType,
};
