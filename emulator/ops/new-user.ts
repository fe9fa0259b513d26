import { emailDelivery, issueCode, SIGN_UP_CODE_TTL_MS } from "../codes";
import { invalidParameter, usernameExists } from "../errors";
import { newUuid } from "../ids";
import type { OutboxKind, PoolRecord, UserRecord, UserStatus } from "../store/types";
import { looksLikeEmail } from "./attributes";
import { emailIsUsername, findUser, type Ctx } from "./context";

/** SchemaAttributeType.Required: registration fails when a required attribute has no value. */
export function assertRequiredAttributes(pool: PoolRecord, attributes: Record<string, string>): void {
  const schema = Array.isArray(pool.extra.Schema)
    ? (pool.extra.Schema as Array<{ Name?: unknown; Required?: unknown }>)
    : [];
  const missing = schema.find(
    (entry) => entry.Required === true && typeof entry.Name === "string" && !attributes[entry.Name],
  );
  if (missing)
    throw invalidParameter(
      `Attributes did not conform to the schema: ${String(missing.Name)}: The attribute is required`,
    );
}

/** Creates a user the way Cognito names it: a UUID username (= sub) when email is the username attribute. */
export function addUser(
  ctx: Ctx,
  pool: PoolRecord,
  given: string,
  attributes: Record<string, string>,
  fields: { passwordHash: string; status: UserStatus },
): UserRecord {
  const byEmail = emailIsUsername(pool);
  if (byEmail && !looksLikeEmail(given)) throw invalidParameter("Username should be an email.");
  const email = byEmail ? given : attributes.email;
  assertRequiredAttributes(pool, { ...attributes, ...(email ? { email } : {}) });
  if (findUser(pool, given) || (email && byEmail && findUser(pool, email))) throw usernameExists(byEmail);
  const sub = newUuid();
  const now = ctx.now();
  const user: UserRecord = {
    username: byEmail ? sub : given,
    attributes: { sub, ...attributes, ...(email ? { email } : {}) },
    ...fields,
    enabled: true,
    createdAt: now,
    updatedAt: now,
    failedSignIns: 0,
    lockedUntil: 0,
    lastFailedSignInAt: 0,
  };
  pool.users[user.username] = user;
  return user;
}

export const autoVerifiesEmail = (pool: PoolRecord) => pool.autoVerifiedAttributes.includes("email");

/** Issues a fresh sign-up code (24 h), posts it to the outbox and returns Cognito's CodeDeliveryDetails. */
export function sendSignUpCode(ctx: Ctx, pool: PoolRecord, user: UserRecord, kind: OutboxKind) {
  const email = user.attributes.email;
  if (!email) return undefined;
  user.signUpCode = issueCode(ctx.now(), SIGN_UP_CODE_TTL_MS, ctx.fixedCode);
  ctx.outbox.send({ userPoolId: pool.id, username: user.username, email, kind, code: user.signUpCode.code });
  return emailDelivery(email);
}

/** The plausible-looking delivery Cognito reports for unknown users when it hides their existence. */
export function simulatedDelivery(username: string) {
  return emailDelivery(looksLikeEmail(username) ? username : `${username.slice(0, 1) || "u"}@example.com`);
}
