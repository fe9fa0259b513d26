import { CognitoError } from "../errors";
import type { Store } from "../store/store";
import { adminOperations } from "./admin";
import { attributeUpdateOperations } from "./attribute-updates";
import { authOperations } from "./auth";
import { challengeOperations } from "./challenges/respond";
import { clientOperations } from "./clients";
import type { Ctx } from "./context";
import type { Input } from "./input";
import { listUserOperations } from "./list-users";
import { poolOperations } from "./pools";
import { recoveryOperations } from "./recovery";
import { poolMfaOperations } from "./mfa/pool-config";
import { preferenceOperations } from "./mfa/preferences";
import { softwareTokenOperations } from "./mfa/software-token";
import { signUpOperations } from "./sign-up";
import { tokenRefreshOperations } from "./token-refresh";
import { updateClientOperations } from "./update-client";
import { updatePoolOperations } from "./update-pool";
import { userOperations } from "./user";
import { credentialOperations } from "./webauthn/credentials";
import { registrationOperations } from "./webauthn/registration";

/** Asynchronous operations (WebAuthn verification) re-check what they read before they change the state. */
type Operation = (ctx: Ctx, input: Input) => unknown;

const operations: Record<string, Operation> = {
  ...poolOperations,
  ...updatePoolOperations,
  ...poolMfaOperations,
  ...clientOperations,
  ...updateClientOperations,
  ...authOperations,
  ...challengeOperations,
  ...signUpOperations,
  ...recoveryOperations,
  ...userOperations,
  ...attributeUpdateOperations,
  ...softwareTokenOperations,
  ...preferenceOperations,
  ...adminOperations,
  ...listUserOperations,
  ...tokenRefreshOperations,
  ...registrationOperations,
  ...credentialOperations,
};

const READ_ONLY = new Set([
  "DescribeUserPool",
  "GetUserPoolMfaConfig",
  "ListUserPools",
  "DescribeUserPoolClient",
  "ListUserPoolClients",
  "GetUser",
  "AdminGetUser",
  "ListUsers",
  "ListWebAuthnCredentials",
]);

/** Operations that AWS authorizes with IAM credentials (the rest take a client id, a token or a session). */
const IAM_OPERATIONS = new Set([
  "CreateUserPool",
  "DescribeUserPool",
  "ListUserPools",
  "UpdateUserPool",
  "SetUserPoolMfaConfig",
  "GetUserPoolMfaConfig",
  "CreateUserPoolClient",
  "DescribeUserPoolClient",
  "ListUserPoolClients",
  "UpdateUserPoolClient",
  "ListUsers",
]);

export const requiresIam = (name: string) => name.startsWith("Admin") || IAM_OPERATIONS.has(name);

/**
 * Runs an operation synchronously against the in-memory state, then waits until the state is on
 * disk, even when the operation failed (a failed sign-in still counts towards the lockout).
 */
export async function dispatch(ctx: Ctx, store: Store, name: string, input: Input): Promise<unknown> {
  const operation = Object.hasOwn(operations, name) ? operations[name] : undefined;
  if (!operation) {
    throw new CognitoError("UnknownOperationException", `Operation ${name} is not supported by the Cognito emulator.`);
  }
  if (READ_ONLY.has(name)) return operation(ctx, input);
  try {
    return await operation(ctx, input);
  } finally {
    store.commit();
    await store.flush();
  }
}
