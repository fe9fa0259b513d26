import { checkCode } from "../codes";
import { invalidParameter, messages, notAuthorized, codeMismatch, userNotFound } from "../errors";
import { hashPassword } from "../passwords";
import { assertPassword } from "../password-policy";
import type { PoolRecord } from "../store/types";
import { attributeList, optionalString, requiredString, type Input } from "./input";
import { attributeMap } from "./attributes";
import {
  assertSecretHash,
  emailIsUsername,
  findClient,
  findUser,
  hidesUserExistence,
  touch,
  type Ctx,
} from "./context";
import { addUser, autoVerifiesEmail, sendSignUpCode, simulatedDelivery } from "./new-user";
import { allowsFactor } from "./passwordless-settings";
import { confirmedSession, signUpSession } from "./user-auth/sign-up-session";

const missingPassword = () =>
  invalidParameter(
    "1 validation error detected: Value null at 'password' failed to satisfy constraint: Member must not be null",
  );

/**
 * "Passwords at sign-up": a user may omit the password when the pool allows email codes as a first
 * factor, verifies email automatically, and the user gives an email address.
 */
function passwordHashFor(pool: PoolRecord, password: string | undefined, attributes: Record<string, string>) {
  if (password) {
    assertPassword(password, pool.passwordPolicy);
    return hashPassword(password);
  }
  const hasEmail = emailIsUsername(pool) || Boolean(attributes.email);
  if (allowsFactor(pool, "EMAIL_OTP") && autoVerifiesEmail(pool) && hasEmail) return "";
  throw missingPassword();
}

function signUp(ctx: Ctx, input: Input) {
  const { pool, client } = findClient(ctx, requiredString(input, "ClientId"));
  const username = requiredString(input, "Username");
  assertSecretHash(client, optionalString(input, "SecretHash"), username);
  const attributes = attributeMap(attributeList(input, "UserAttributes"));
  const passwordHash = passwordHashFor(pool, optionalString(input, "Password"), attributes);
  const user = addUser(ctx, pool, username, attributes, { passwordHash, status: "UNCONFIRMED" });
  const delivery = autoVerifiesEmail(pool) ? sendSignUpCode(ctx, pool, user, "SIGN_UP") : undefined;
  return {
    UserConfirmed: false,
    UserSub: user.attributes.sub,
    ...(delivery ? { CodeDeliveryDetails: delivery } : {}),
    ...signUpSession(ctx, pool, client, user),
  };
}

function confirmSignUp(ctx: Ctx, input: Input) {
  const { pool, client } = findClient(ctx, requiredString(input, "ClientId"));
  const username = requiredString(input, "Username");
  const code = requiredString(input, "ConfirmationCode");
  assertSecretHash(client, optionalString(input, "SecretHash"), username);
  const user = findUser(pool, username);
  if (!user) throw hidesUserExistence(client) ? codeMismatch() : userNotFound(messages.userClientMissing);
  if (user.status !== "UNCONFIRMED") throw notAuthorized(`User cannot be confirmed. Current status is ${user.status}`);
  checkCode(user.signUpCode, code, ctx.now());
  delete user.signUpCode;
  user.status = "CONFIRMED";
  if (user.attributes.email) user.attributes.email_verified = "true";
  touch(user, ctx);
  return confirmedSession(ctx, pool, client, user, optionalString(input, "Session"));
}

function resendConfirmationCode(ctx: Ctx, input: Input) {
  const { pool, client } = findClient(ctx, requiredString(input, "ClientId"));
  const username = requiredString(input, "Username");
  assertSecretHash(client, optionalString(input, "SecretHash"), username);
  const user = findUser(pool, username);
  if (!user || !user.enabled) {
    if (hidesUserExistence(client)) return { CodeDeliveryDetails: simulatedDelivery(username) };
    throw user ? notAuthorized(messages.disabled) : userNotFound(messages.userClientMissing);
  }
  if (user.status !== "UNCONFIRMED") throw invalidParameter("User is already confirmed.");
  const delivery = sendSignUpCode(ctx, pool, user, "RESEND");
  if (!delivery) throw invalidParameter("Auto verification not turned on.");
  return { CodeDeliveryDetails: delivery };
}

export const signUpOperations = {
  SignUp: signUp,
  ConfirmSignUp: confirmSignUp,
  ResendConfirmationCode: resendConfirmationCode,
};
