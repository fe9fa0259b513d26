import { invalidParameter, totpMissing } from "../../errors";
import { signedIn } from "../complete-sign-in";
import { touch } from "../context";
import { softwareTokenChallenge } from "../mfa/sign-in";
import { checkSignInCode } from "../mfa/totp-codes";
import type { ChallengeAnswer } from "../auth-outcome";

function required(responses: Record<string, string>, name: string): string {
  const value = responses[name];
  if (!value) throw invalidParameter(`Missing required parameter ${name}`);
  return value;
}

export function softwareTokenMfa({ ctx, pool, client, user, challenge, responses }: ChallengeAnswer) {
  const code = required(responses, "SOFTWARE_TOKEN_MFA_CODE");
  if (!user.softwareToken) throw totpMissing();
  checkSignInCode(challenge, user.softwareToken, code, ctx.now());
  challenge.used = true;
  touch(user, ctx);
  return signedIn(ctx, pool, client, user);
}

export function mfaSetup({ ctx, pool, client, user, challenge }: ChallengeAnswer) {
  if (challenge.data?.verified !== "true") {
    throw invalidParameter("Set up MFA first: answer MFA_SETUP with the session that VerifySoftwareToken returned.");
  }
  challenge.used = true;
  return signedIn(ctx, pool, client, user);
}

/** Only TOTP is emulated, so this challenge is never issued today; it answers as Cognito documents. */
export function selectMfaType({ ctx, pool, client, user, challenge, responses }: ChallengeAnswer) {
  const answer = required(responses, "ANSWER");
  const choices = (challenge.data?.choices ?? "").split(",");
  if (!choices.includes(answer))
    throw invalidParameter(`Invalid ANSWER ${answer}: choose one of ${choices.join(", ")}`);
  if (answer !== "SOFTWARE_TOKEN_MFA") throw invalidParameter(`${answer} is not emulated.`);
  challenge.used = true;
  return softwareTokenChallenge({ ctx, pool, client, user });
}
