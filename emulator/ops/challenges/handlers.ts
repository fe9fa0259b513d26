import type { AuthOutcome, ChallengeAnswer } from "../auth-outcome";
import { answerEmailOtp } from "../user-auth/email-otp";
import { answerSelectChallenge } from "../user-auth/factors";
import { answerWebAuthn } from "../user-auth/web-authn";
import { mfaSetup, selectMfaType, softwareTokenMfa } from "./mfa";
import { newPasswordRequired } from "./new-password";

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
