import { CognitoError, invalidParameter, messages, notAuthorized, userNotFound } from "../errors";
import { randomFrom } from "../ids";
import { hashPassword } from "../passwords";
import { assertPassword, generateTemporaryPassword } from "../password-policy";
import type { PoolRecord, UserRecord } from "../store/types";
import { revokeUserSessions } from "../tokens/issue";
import { attributeMap, userView } from "./attributes";
import { findUser, getPool, touch, type Ctx } from "./context";
import { attributeList, optionalBoolean, optionalString, requiredString, type Input } from "./input";
import { resetLockout } from "./lockout";
import { mfaSettingsView } from "./mfa/user-mfa";
import { addUser } from "./new-user";

const DAY_MS = 86_400_000;

export function adminTarget(ctx: Ctx, input: Input): { pool: PoolRecord; user: UserRecord } {
  const pool = getPool(ctx, requiredString(input, "UserPoolId"));
  const user = findUser(pool, requiredString(input, "Username"));
  if (!user) throw userNotFound(messages.userMissing);
  return { pool, user };
}

function setTemporaryPassword(ctx: Ctx, pool: PoolRecord, user: UserRecord, password: string): void {
  user.passwordHash = hashPassword(password);
  user.status = "FORCE_CHANGE_PASSWORD";
  user.temporaryPasswordExpiresAt = ctx.now() + (pool.passwordPolicy.TemporaryPasswordValidityDays || 7) * DAY_MS;
  resetLockout(user);
  touch(user, ctx);
}

function invite(ctx: Ctx, pool: PoolRecord, user: UserRecord, password: string): void {
  const email = user.attributes.email;
  if (!email) return;
  user.invitedByEmail = true;
  ctx.outbox.send({ userPoolId: pool.id, username: user.username, email, kind: "ADMIN_CREATE_USER", code: password });
}

function adminCreateUser(ctx: Ctx, input: Input) {
  const pool = getPool(ctx, requiredString(input, "UserPoolId"));
  const username = requiredString(input, "Username");
  const action = optionalString(input, "MessageAction");
  if (action !== undefined && action !== "RESEND" && action !== "SUPPRESS")
    throw invalidParameter(`Invalid MessageAction ${action}`);
  const given = optionalString(input, "TemporaryPassword");
  if (given !== undefined) assertPassword(given, pool.passwordPolicy, "temporaryPassword");
  const password =
    given ?? generateTemporaryPassword(pool.passwordPolicy, (n) => randomFrom("abcdefghjkmnpqrstuvwxyz23456789", n));
  let user: UserRecord;
  if (action === "RESEND") {
    user = adminTarget(ctx, input).user;
    if (user.status !== "FORCE_CHANGE_PASSWORD") {
      throw new CognitoError(
        "UnsupportedUserStateException",
        `Resend not possible. ${user.username} status is not FORCE_CHANGE_PASSWORD.`,
      );
    }
  } else {
    const attributes = attributeMap(attributeList(input, "UserAttributes"));
    user = addUser(ctx, pool, username, attributes, { passwordHash: "", status: "FORCE_CHANGE_PASSWORD" });
  }
  setTemporaryPassword(ctx, pool, user, password);
  if (action !== "SUPPRESS") invite(ctx, pool, user, password);
  return { User: userView(user) };
}

function adminSetUserPassword(ctx: Ctx, input: Input) {
  const { pool, user } = adminTarget(ctx, input);
  const password = requiredString(input, "Password");
  assertPassword(password, pool.passwordPolicy);
  if (!optionalBoolean(input, "Permanent")) {
    setTemporaryPassword(ctx, pool, user, password);
    return {};
  }
  user.passwordHash = hashPassword(password);
  user.status = "CONFIRMED";
  delete user.temporaryPasswordExpiresAt;
  resetLockout(user);
  touch(user, ctx);
  return {};
}

function adminConfirmSignUp(ctx: Ctx, input: Input) {
  const { user } = adminTarget(ctx, input);
  if (user.status !== "UNCONFIRMED") throw notAuthorized(`User cannot be confirmed. Current status is ${user.status}`);
  user.status = "CONFIRMED";
  delete user.signUpCode;
  touch(user, ctx);
  return {};
}

function adminGetUser(ctx: Ctx, input: Input) {
  const { user } = adminTarget(ctx, input);
  const { Attributes, ...rest } = userView(user);
  return { ...rest, UserAttributes: Attributes, ...mfaSettingsView(user) };
}

function adminDeleteUser(ctx: Ctx, input: Input) {
  const { pool, user } = adminTarget(ctx, input);
  revokeUserSessions(pool, user.username);
  delete pool.users[user.username];
  return {};
}

function adminUserGlobalSignOut(ctx: Ctx, input: Input) {
  const { pool, user } = adminTarget(ctx, input);
  revokeUserSessions(pool, user.username);
  return {};
}

function setEnabled(enabled: boolean) {
  return (ctx: Ctx, input: Input) => {
    const { pool, user } = adminTarget(ctx, input);
    user.enabled = enabled;
    if (!enabled) revokeUserSessions(pool, user.username);
    touch(user, ctx);
    return {};
  };
}

export const adminOperations = {
  AdminCreateUser: adminCreateUser,
  AdminSetUserPassword: adminSetUserPassword,
  AdminConfirmSignUp: adminConfirmSignUp,
  AdminGetUser: adminGetUser,
  AdminDeleteUser: adminDeleteUser,
  AdminUserGlobalSignOut: adminUserGlobalSignOut,
  AdminDisableUser: setEnabled(false),
  AdminEnableUser: setEnabled(true),
};
