import { randomInt } from "node:crypto";
import { emailDelivery } from "../../codes";
import { CognitoError, invalidParameter, messages } from "../../errors";
import type { ClientRecord, PoolRecord, UserRecord } from "../../store/types";
import type { ChallengeAnswer } from "../auth-outcome";
import { issueChallenge } from "../challenges/session";
import type { AuthOutcome } from "../auth-outcome";
import type { Ctx } from "../context";
import { isPhantom, phantomData } from "./phantom";
import { passwordlessSignIn } from "./sign-in";

/** Cognito's sign-in codes are eight digits. */
const EMAIL_OTP_DIGITS = 8;
const MAX_OTP_ATTEMPTS = 3;
const MAX_OTP_SENDS = 5;
const OTP_SEND_WINDOW_MS = 15 * 60 * 1000;
const DEFAULT_MESSAGE = "Your sign-in code is {####}";

const codeMismatch = () => new CognitoError("CodeMismatchException", "Invalid code or auth state for the user.");

/** `--fixed-code` makes these predictable too: its six digits and then its first two. */
function newCode(ctx: Ctx): string {
  if (ctx.fixedCode) return `${ctx.fixedCode}${ctx.fixedCode}`.slice(0, EMAIL_OTP_DIGITS);
  return String(randomInt(0, 10 ** EMAIL_OTP_DIGITS)).padStart(EMAIL_OTP_DIGITS, "0");
}

function assertSendingLimit(ctx: Ctx, pool: PoolRecord, key: string): void {
  const recent = (pool.emailOtpSends?.[key] ?? []).filter((sentAt) => sentAt > ctx.now() - OTP_SEND_WINDOW_MS);
  if (recent.length >= MAX_OTP_SENDS) throw new CognitoError("LimitExceededException", messages.attemptLimit);
  pool.emailOtpSends = { ...pool.emailOtpSends, [key]: [...recent, ctx.now()] };
}

function deliver(ctx: Ctx, pool: PoolRecord, user: UserRecord, email: string, code: string): void {
  const template = pool.emailMfa?.Message ?? DEFAULT_MESSAGE;
  const message = template.replace("{####}", code);
  ctx.outbox.send({ userPoolId: pool.id, username: user.username, email, kind: "EMAIL_OTP", code, message });
}

/** Emails an eight-digit code and asks for it back as EMAIL_OTP_CODE; an unknown user gets no email. */
export function emailOtpChallenge(
  ctx: Ctx,
  pool: PoolRecord,
  client: ClientRecord,
  user: UserRecord,
  phantom: boolean,
): AuthOutcome {
  const email = user.attributes.email ?? "";
  assertSendingLimit(ctx, pool, phantom ? user.username.toLowerCase() : user.username);
  const code = newCode(ctx);
  if (!phantom) deliver(ctx, pool, user, email, code);
  const data = { code, attempts: "0", ...phantomData(phantom) };
  const { Destination, DeliveryMedium } = emailDelivery(email);
  return {
    ChallengeName: "EMAIL_OTP",
    Session: issueChallenge(ctx, pool, client, user, "EMAIL_OTP", data),
    ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: DeliveryMedium, CODE_DELIVERY_DESTINATION: Destination },
  };
}

export function answerEmailOtp({ ctx, pool, client, user, challenge, responses }: ChallengeAnswer): AuthOutcome {
  const given = responses.EMAIL_OTP_CODE;
  if (!given) throw invalidParameter("Missing required parameter EMAIL_OTP_CODE");
  if (isPhantom(challenge) || given !== challenge.data?.code) {
    const attempts = Number(challenge.data?.attempts ?? "0") + 1;
    challenge.data = { ...challenge.data, attempts: String(attempts) };
    if (attempts >= MAX_OTP_ATTEMPTS) challenge.used = true;
    throw codeMismatch();
  }
  challenge.used = true;
  return passwordlessSignIn(ctx, pool, client, user);
}
