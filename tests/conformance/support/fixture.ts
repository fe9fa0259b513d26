import { randomUUID } from "node:crypto";
import {
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  type CreateUserPoolClientCommandInput,
  type CreateUserPoolCommandInput,
  type CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, afterEach, beforeAll } from "vitest";
import { resetClock } from "./emulator-control";
import { openTarget, type Target } from "./target";

export const STRONG_PASSWORD = "Corr3ct-Horse!";
export const OTHER_STRONG_PASSWORD = "Batt3ry-Staple?";

/** The Cruddur-shaped pool the suite runs against: email is the username, all four policy rules on. */
export const POOL_INPUT = {
  UsernameAttributes: ["email" as const],
  AutoVerifiedAttributes: ["email" as const],
  Policies: {
    PasswordPolicy: {
      MinimumLength: 8,
      RequireUppercase: true,
      RequireLowercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    },
  },
  Schema: [
    { Name: "email", AttributeDataType: "String" as const, Required: true, Mutable: true },
    { Name: "name", AttributeDataType: "String" as const, Required: true, Mutable: true },
  ],
};

export interface AppClient {
  id: string;
  secret?: string;
}

export interface Fixture {
  target: Target;
  cognito: CognitoIdentityProviderClient;
  poolId: string;
  /** PreventUserExistenceErrors LEGACY (the API default). */
  legacy: AppClient;
  /** PreventUserExistenceErrors ENABLED, as Cruddur uses. */
  enabled: AppClient;
  /** ENABLED with a generated secret. */
  confidential: AppClient;
}

export async function createPool(
  target: Target,
  name = `conformance-${randomUUID().slice(0, 8)}`,
  settings: Partial<CreateUserPoolCommandInput> = {},
): Promise<string> {
  const { UserPool } = await target.client.send(
    new CreateUserPoolCommand({ PoolName: name, ...POOL_INPUT, ...settings }),
  );
  if (!UserPool?.Id) throw new Error("CreateUserPool returned no pool id");
  target.trackPool(UserPool.Id);
  return UserPool.Id;
}

export async function createClient(
  target: Target,
  poolId: string,
  input: Partial<CreateUserPoolClientCommandInput> = {},
): Promise<AppClient> {
  const { UserPoolClient } = await target.client.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: `client-${randomUUID().slice(0, 8)}`,
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      EnableTokenRevocation: true,
      ...input,
    }),
  );
  if (!UserPoolClient?.ClientId) throw new Error("CreateUserPoolClient returned no client id");
  return { id: UserPoolClient.ClientId, secret: UserPoolClient.ClientSecret };
}

/**
 * Registers beforeAll/afterAll hooks for a file: one target, one pool, three clients.
 * Resets the emulator clock after every test so expiry tests do not leak.
 */
export function setupFixture(): () => Fixture {
  let fixture: Fixture | undefined;
  beforeAll(async () => {
    const target = await openTarget();
    const poolId = await createPool(target);
    const [legacy, enabled, confidential] = await Promise.all([
      createClient(target, poolId, { PreventUserExistenceErrors: "LEGACY" }),
      createClient(target, poolId, { PreventUserExistenceErrors: "ENABLED" }),
      createClient(target, poolId, { PreventUserExistenceErrors: "ENABLED", GenerateSecret: true }),
    ]);
    fixture = { target, cognito: target.client, poolId, legacy, enabled, confidential };
  });
  afterEach(async () => {
    if (fixture?.target.kind === "emulator") await resetClock(fixture.target.endpoint);
  });
  afterAll(async () => {
    await fixture?.target.close();
  });
  return () => {
    if (!fixture) throw new Error("fixture used outside a test");
    return fixture;
  };
}

export function uniqueEmail(tag: string): string {
  return `${tag}-${randomUUID().slice(0, 12)}@example.com`;
}
