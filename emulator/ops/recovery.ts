import { checkCode, emailDelivery, issueCode, RECOVERY_CODE_TTL_MS } from "../codes";
import { codeMismatch, invalidParameter, messages, notAuthorized, userNotFound } from "../errors";
import { hashPassword } from "../passwords";
import { assertPassword } from "../password-policy";
import type { UserRecord } from "../store/types";
import { assertSecretHash, findClient, findUser, hidesUserExistence, touch, type Ctx } from "./context";
import { optionalString, requiredString, type Input } from "./input";
import { resetLockout } from "./lockout";
import { simulatedDelivery } from "./new-user";

const NO_DESTINATION = "Cannot reset password for the user as there is no registered/verified email or phone_number";

function verifiedEmail(user: UserRecord): string | undefined {
  return user.attributes.email_verified === "true" ? user.attributes.email : undefined;
}

function forgotPassword(ctx: Ctx, input: Input) {
  const { pool, client } = findClient(ctx, requiredString(input, "ClientId"));
  const username = requiredString(input, "Username");
  assertSecretHash(client, optionalString(input, "SecretHash"), username);
  const user = findUser(pool, username);
  const hide = hidesUserExistence(client);
  const simulated = { CodeDeliveryDetails: simulatedDelivery(user?.attributes.email ?? username) };
  if (!user) {
    if (hide) return simulated;
    throw userNotFound(messages.userClientMissing);
  }
  if (!user.enabled) {
    if (hide) return simulated;
    throw notAuthorized(messages.disabled);
  }
  if (user.status === "FORCE_CHANGE_PASSWORD")
    throw notAuthorized("User password cannot be reset in the current state.");
  const email = verifiedEmail(user);
  if (!email) {
    if (hide) return simulated;
    throw invalidParameter(NO_DESTINATION);
  }
  user.recoveryCode = issueCode(ctx.now(), RECOVERY_CODE_TTL_MS, ctx.fixedCode);
  ctx.outbox.send({
    userPoolId: pool.id,
    username: user.username,
    email,
    kind: "FORGOT_PASSWORD",
    code: user.recoveryCode.code,
  });
  return { CodeDeliveryDetails: emailDelivery(email) };
}

function confirmForgotPassword(ctx: Ctx, input: Input) {
  const { pool, client } = findClient(ctx, requiredString(input, "ClientId"));
  const username = requiredString(input, "Username");
  const code = requiredString(input, "ConfirmationCode");
  const password = requiredString(input, "Password");
  assertSecretHash(client, optionalString(input, "SecretHash"), username);
  const user = findUser(pool, username);
  if (!user || !user.enabled) {
    if (hidesUserExistence(client)) throw codeMismatch();
    throw user ? notAuthorized(messages.disabled) : userNotFound(messages.userClientMissing);
  }
  assertPassword(password, pool.passwordPolicy);
  checkCode(user.recoveryCode, code, ctx.now());
  delete user.recoveryCode;
  user.passwordHash = hashPassword(password);
  user.status = "CONFIRMED";
  resetLockout(user);
  touch(user, ctx);
  return {};
}

export const recoveryOperations = {
  ForgotPassword: forgotPassword,
  ConfirmForgotPassword: confirmForgotPassword,
};
