import { CognitoError } from "../errors";
import { hashPassword, passwordMatches } from "../passwords";
import { assertPassword } from "../password-policy";
import { findSessionByRefreshToken, revokeUserSessions } from "../tokens/issue";
import { authenticateAccessToken } from "../tokens/verify-access";
import { toAttributeList } from "./attributes";
import { findClient, touch, type Ctx } from "./context";
import { optionalString, requiredString, type Input } from "./input";
import { mfaSettingsView } from "./mfa/user-mfa";
import { resetLockout, verifyPasswordAttempt } from "./lockout";

function getUser(ctx: Ctx, input: Input) {
  const { user } = authenticateAccessToken(ctx, requiredString(input, "AccessToken"));
  return { Username: user.username, UserAttributes: toAttributeList(user.attributes), ...mfaSettingsView(user) };
}

function changePassword(ctx: Ctx, input: Input) {
  const { pool, user } = authenticateAccessToken(ctx, requiredString(input, "AccessToken"));
  const previous = requiredString(input, "PreviousPassword");
  const proposed = requiredString(input, "ProposedPassword");
  verifyPasswordAttempt(user, passwordMatches(previous, user.passwordHash), ctx.now());
  assertPassword(proposed, pool.passwordPolicy, "proposedPassword");
  resetLockout(user);
  user.passwordHash = hashPassword(proposed);
  touch(user, ctx);
  return {};
}

function globalSignOut(ctx: Ctx, input: Input) {
  const { pool, user } = authenticateAccessToken(ctx, requiredString(input, "AccessToken"));
  revokeUserSessions(pool, user.username);
  return {};
}

function deleteUser(ctx: Ctx, input: Input) {
  const { pool, user } = authenticateAccessToken(ctx, requiredString(input, "AccessToken"));
  revokeUserSessions(pool, user.username);
  delete pool.users[user.username];
  return {};
}

const unauthorized = (message: string) => new CognitoError("UnauthorizedException", message);

/** Revokes a refresh token and, through their shared origin_jti, every access token minted from it. */
function revokeToken(ctx: Ctx, input: Input) {
  const token = requiredString(input, "Token");
  const clientId = requiredString(input, "ClientId");
  const secret = optionalString(input, "ClientSecret");
  const found = Object.values(ctx.state.pools).find((pool) => pool.clients[clientId]);
  if (!found) throw unauthorized(`Client ${clientId} not found`);
  const { pool, client } = findClient(ctx, clientId);
  if (client.clientSecret && secret !== client.clientSecret) throw unauthorized("Invalid client secret");
  if (!client.enableTokenRevocation) {
    throw new CognitoError("UnsupportedOperationException", "Token revocation is not enabled for this client");
  }
  if (token.split(".").length === 3) throw new CognitoError("UnsupportedTokenTypeException", "Unsupported token type");
  const session = findSessionByRefreshToken(pool, token);
  if (session && session.clientId === client.clientId) session.revoked = true;
  return {};
}

export const userOperations = {
  GetUser: getUser,
  ChangePassword: changePassword,
  GlobalSignOut: globalSignOut,
  DeleteUser: deleteUser,
  RevokeToken: revokeToken,
};
