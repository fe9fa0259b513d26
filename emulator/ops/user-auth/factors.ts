import { invalidParameter, messages, notAuthorized } from "../../errors";
import type { ClientRecord, PoolRecord, UserRecord } from "../../store/types";
import { param } from "../auth-parameters";
import type { ChallengeAnswer } from "../auth-outcome";
import { issueChallenge } from "../challenges/session";
import type { AuthOutcome } from "../auth-outcome";
import type { Ctx } from "../context";
import { passwordFactor } from "../password-factor";
import { isFirstFactor, type FirstFactor } from "./available";
import { emailOtpChallenge } from "./email-otp";
import { isPhantom, phantomData } from "./phantom";
import { webAuthnChallenge } from "./web-authn";

export interface Attempt {
  ctx: Ctx;
  pool: PoolRecord;
  client: ClientRecord;
  user: UserRecord;
  phantom: boolean;
}

/** Starts (or, for a password, completes) one first factor; `parameters` carries the PASSWORD. */
export function startFactor(attempt: Attempt, factor: FirstFactor, parameters: Record<string, string>): AuthOutcome {
  const { ctx, pool, client, user, phantom } = attempt;
  if (factor === "PASSWORD") {
    const password = param(parameters, "PASSWORD");
    if (phantom) throw notAuthorized(messages.badCredentials);
    return passwordFactor(ctx, pool, client, user, password);
  }
  if (factor === "PASSWORD_SRP") throw invalidParameter("PASSWORD_SRP: the Cognito emulator does not implement SRP.");
  if (factor === "EMAIL_OTP") return emailOtpChallenge(ctx, pool, client, user, phantom);
  return webAuthnChallenge(ctx, pool, client, user, phantom);
}

export function selectChallenge(attempt: Attempt, available: FirstFactor[]): AuthOutcome {
  const { ctx, pool, client, user, phantom } = attempt;
  const data = { available: available.join(","), ...phantomData(phantom) };
  return {
    ChallengeName: "SELECT_CHALLENGE",
    Session: issueChallenge(ctx, pool, client, user, "SELECT_CHALLENGE", data),
    ChallengeParameters: {},
    AvailableChallenges: available,
  };
}

/** SELECT_CHALLENGE: ANSWER is one of the AvailableChallenges; a password comes in the same call. */
export function answerSelectChallenge({ ctx, pool, client, user, challenge, responses }: ChallengeAnswer) {
  const answer = responses.ANSWER;
  if (!answer) throw invalidParameter("Missing required parameter ANSWER");
  const available = (challenge.data?.available ?? "").split(",");
  if (!available.includes(answer) || !isFirstFactor(answer))
    throw invalidParameter(`ANSWER must be one of the AvailableChallenges: ${available.join(", ")}`);
  challenge.used = true;
  return startFactor({ ctx, pool, client, user, phantom: isPhantom(challenge) }, answer, responses);
}
