import { ATTRIBUTE_CODE_TTL_MS, checkCode, emailDelivery, issueCode } from "../codes";
import { aliasExists, invalidParameter, notAuthorized } from "../errors";
import type { PoolRecord, UserRecord } from "../store/types";
import { authenticateAccessToken } from "../tokens/verify-access";
import { attributeMap, looksLikeEmail } from "./attributes";
import { emailIsUsername, findUser, touch, type Ctx } from "./context";
import { attributeList, requiredString, type Input } from "./input";
import { assertRequiredAttributes, autoVerifiesEmail } from "./new-user";
import { verifyBeforeUpdate } from "./pool-settings";

const VERIFICATION_FLAGS = ["email_verified", "phone_number_verified"];

function sendEmailCode(ctx: Ctx, pool: PoolRecord, user: UserRecord, email: string) {
  user.emailCode = issueCode(ctx.now(), ATTRIBUTE_CODE_TTL_MS, ctx.fixedCode);
  ctx.outbox.send({
    userPoolId: pool.id,
    username: user.username,
    email,
    kind: "VERIFY_EMAIL",
    code: user.emailCode.code,
  });
  return emailDelivery(email);
}

function assertEmailFree(pool: PoolRecord, user: UserRecord, email: string): void {
  const holder = findUser(pool, email);
  if (holder && holder !== user) throw aliasExists();
}

/** Where the pool keeps the old address until the new one is verified, the change waits; otherwise it applies at once, unverified. */
function changeEmail(ctx: Ctx, pool: PoolRecord, user: UserRecord, email: string) {
  if (verifyBeforeUpdate(pool).includes("email")) {
    user.pendingEmail = email;
    return sendEmailCode(ctx, pool, user, email);
  }
  user.attributes.email = email;
  user.attributes.email_verified = "false";
  return autoVerifiesEmail(pool) ? sendEmailCode(ctx, pool, user, email) : undefined;
}

function assertEmailChange(pool: PoolRecord, user: UserRecord, email: string): void {
  if (email === "" && emailIsUsername(pool))
    throw invalidParameter("Cannot delete the email of a user whose email is their username.");
  if (email !== "" && !looksLikeEmail(email)) throw invalidParameter("Invalid email address format.");
  if (email !== "" && emailIsUsername(pool)) assertEmailFree(pool, user, email);
}

function applyEmail(ctx: Ctx, pool: PoolRecord, user: UserRecord, email: string) {
  if (email === user.attributes.email) {
    delete user.pendingEmail;
    return undefined;
  }
  if (email !== "") return changeEmail(ctx, pool, user, email);
  const { email: _email, email_verified: _verified, ...rest } = user.attributes;
  user.attributes = rest;
  delete user.pendingEmail;
  return undefined;
}

function readUpdates(input: Input): Record<string, string> {
  const list = attributeList(input, "UserAttributes");
  if (list.some(({ Name }) => VERIFICATION_FLAGS.includes(Name))) {
    throw notAuthorized("A client attempted to write unauthorized attribute");
  }
  return attributeMap(list);
}

function updateUserAttributes(ctx: Ctx, input: Input) {
  const { pool, user } = authenticateAccessToken(ctx, requiredString(input, "AccessToken"));
  const { email, ...others } = readUpdates(input);
  const next = Object.fromEntries(
    Object.entries({ ...user.attributes, ...others }).filter(([, value]) => value !== ""),
  );
  assertRequiredAttributes(pool, email === undefined ? next : { ...next, email });
  if (email !== undefined && email !== user.attributes.email) assertEmailChange(pool, user, email);
  user.attributes = next;
  const delivery = email === undefined ? undefined : applyEmail(ctx, pool, user, email);
  touch(user, ctx);
  return delivery ? { CodeDeliveryDetailsList: [delivery] } : {};
}

function emailOnly(input: Input): void {
  const name = requiredString(input, "AttributeName");
  if (name !== "email") throw invalidParameter(`Verification of ${name} is not emulated: only email is.`);
}

function getUserAttributeVerificationCode(ctx: Ctx, input: Input) {
  const { pool, user } = authenticateAccessToken(ctx, requiredString(input, "AccessToken"));
  emailOnly(input);
  const email = user.pendingEmail ?? user.attributes.email;
  if (!email) throw invalidParameter("The user has no email address to verify.");
  return { CodeDeliveryDetails: sendEmailCode(ctx, pool, user, email) };
}

function verifyUserAttribute(ctx: Ctx, input: Input) {
  const { pool, user } = authenticateAccessToken(ctx, requiredString(input, "AccessToken"));
  emailOnly(input);
  checkCode(user.emailCode, requiredString(input, "Code"), ctx.now());
  const email = user.pendingEmail ?? user.attributes.email;
  if (email) assertEmailFree(pool, user, email);
  delete user.emailCode;
  delete user.pendingEmail;
  user.attributes = { ...user.attributes, ...(email ? { email } : {}), email_verified: "true" };
  touch(user, ctx);
  return {};
}

export const attributeUpdateOperations = {
  UpdateUserAttributes: updateUserAttributes,
  GetUserAttributeVerificationCode: getUserAttributeVerificationCode,
  VerifyUserAttribute: verifyUserAttribute,
};
