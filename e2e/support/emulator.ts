import {
  createPoolUser,
  emulatorAdmin,
  newPoolUser,
  passwordTokens,
  type PoolClient,
  type PoolTokens,
  type PoolUser,
} from "../../tests/stack/test-users";
import { stack } from "./stack";

export type TestUser = PoolUser;

export interface OutboxMessage {
  userPoolId: string;
  username: string;
  email: string;
  kind:
    | "SIGN_UP"
    | "RESEND"
    | "FORGOT_PASSWORD"
    | "ADMIN_CREATE_USER"
    | "VERIFY_EMAIL"
    | "EMAIL_CHANGE_NOTICE"
    | "EMAIL_OTP";
  code: string;
  /** Mail the app sent itself (EMAIL_CHANGE_NOTICE) has a text and no code. */
  text?: string;
  sentAt: string;
}

/** A fresh identity per test, so tests never share an account. */
export const newTestUser: (label?: string) => TestUser = newPoolUser;

/** Runs `task` with an admin client for the stack's emulator, then closes it. */
export async function withAdmin<T>(task: (admin: ReturnType<typeof emulatorAdmin>) => Promise<T>): Promise<T> {
  const admin = emulatorAdmin(stack().emulatorUrl, stack().region);
  try {
    return await task(admin);
  } finally {
    admin.destroy();
  }
}

/** A confirmed account with a permanent password, made the way an operator would. */
export function createConfirmedUser(user: TestUser = newTestUser()): Promise<TestUser> {
  return withAdmin((admin) => createPoolUser(admin, stack().userPoolId, user));
}

/** Tokens straight from Cognito for an app client, as a mobile or API client would hold them. */
export function tokensFor(user: TestUser, client: PoolClient = stack().main): Promise<PoolTokens> {
  return withAdmin((admin) => passwordTokens(admin, client, user));
}

export async function outbox(email: string): Promise<OutboxMessage[]> {
  const response = await fetch(`${stack().emulatorUrl}/_emulator/outbox?email=${encodeURIComponent(email)}`);
  return (await response.json()) as OutboxMessage[];
}
