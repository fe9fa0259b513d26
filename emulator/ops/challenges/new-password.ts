import { invalidParameter, messages, notAuthorized } from "../../errors";
import { hashPassword } from "../../passwords";
import { assertPassword } from "../../password-policy";
import type { ClientRecord, PoolRecord, UserRecord } from "../../store/types";
import { attributeMap } from "../attributes";
import { completeSignIn } from "../complete-sign-in";
import { touch, type Ctx } from "../context";
import type { ChallengeAnswer } from "../auth-outcome";
import { issueChallenge } from "./session";

export function newPasswordChallenge(ctx: Ctx, pool: PoolRecord, client: ClientRecord, user: UserRecord) {
  if (user.temporaryPasswordExpiresAt !== undefined && user.temporaryPasswordExpiresAt <= ctx.now()) {
    throw notAuthorized(messages.tempPasswordExpired);
  }
  const { sub: _sub, ...visible } = user.attributes;
  return {
    ChallengeName: "NEW_PASSWORD_REQUIRED",
    Session: issueChallenge(ctx, pool, client, user, "NEW_PASSWORD_REQUIRED"),
    ChallengeParameters: {
      USER_ID_FOR_SRP: user.username,
      requiredAttributes: "[]",
      userAttributes: JSON.stringify(visible),
    },
  };
}

function requestedAttributes(responses: Record<string, string>): Record<string, string> {
  const list = Object.entries(responses)
    .filter(([key]) => key.startsWith("userAttributes."))
    .map(([key, value]) => ({ Name: key.slice("userAttributes.".length), Value: value }));
  return attributeMap(list);
}

export function newPasswordRequired({ ctx, pool, client, user, challenge, responses }: ChallengeAnswer) {
  const password = responses.NEW_PASSWORD;
  if (!password) throw invalidParameter("Missing required parameter NEW_PASSWORD");
  assertPassword(password, pool.passwordPolicy, "challengeResponses.NEW_PASSWORD");
  const updates = requestedAttributes(responses);
  challenge.used = true;
  Object.assign(user.attributes, updates);
  // Signing in with a temporary password that arrived by email proves the address.
  if (user.invitedByEmail && user.attributes.email) user.attributes.email_verified = "true";
  user.passwordHash = hashPassword(password);
  user.status = "CONFIRMED";
  delete user.temporaryPasswordExpiresAt;
  touch(user, ctx);
  return completeSignIn(ctx, pool, client, user);
}
