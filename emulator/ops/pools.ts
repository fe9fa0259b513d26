import { epochSeconds } from "../clock";
import { invalidParameter } from "../errors";
import { newPoolId } from "../ids";
import type { PoolRecord } from "../store/types";
import { getPool, type Ctx } from "./context";
import { optionalNumber, requiredString, type Input } from "./input";
import { assertCreatableMfaMode } from "./mfa/pool-config";
import {
  FIXED_SETTINGS,
  mfaModeOf,
  readAttributeNames,
  readMfaMode,
  readUpdatableSettings,
  UPDATABLE_SETTINGS,
  verifyBeforeUpdate,
} from "./pool-settings";
import { readSignInSettings, signInPolicyView, tierOf } from "./passwordless-settings";

export function assertPoolName(name: string): void {
  if (name.length > 128 || !/^[\w\s+=,.@-]+$/.test(name)) {
    throw invalidParameter(
      "1 validation error detected: Value at 'poolName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+",
    );
  }
}

function readSignInAttributes(input: Input) {
  const usernameAttributes = readAttributeNames(input, "UsernameAttributes");
  const aliasAttributes = readAttributeNames(input, "AliasAttributes");
  if (usernameAttributes.length && aliasAttributes.length) {
    throw invalidParameter("Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.");
  }
  return { usernameAttributes, aliasAttributes };
}

function createUserPool(ctx: Ctx, input: Input) {
  const name = requiredString(input, "PoolName");
  assertPoolName(name);
  const signIn = readSignInAttributes(input);
  const mfaConfiguration = readMfaMode(input);
  assertCreatableMfaMode(input, mfaConfiguration);
  const { extra, ...settings } = readUpdatableSettings(input);
  for (const key of [...FIXED_SETTINGS, "Schema"]) if (input[key] !== undefined) extra[key] = input[key];
  const signInSettings = readSignInSettings(input);
  const now = ctx.now();
  const pool: PoolRecord = {
    id: newPoolId(ctx.region),
    name,
    ...signInSettings,
    createdAt: now,
    updatedAt: now,
    ...signIn,
    ...settings,
    mfaConfiguration,
    softwareTokenMfaEnabled: false,
    extra,
    clients: {},
    users: {},
    sessions: {},
    challenges: {},
  };
  ctx.state.pools[pool.id] = pool;
  return { UserPool: poolView(pool) };
}

function poolView(pool: PoolRecord) {
  const echoed = Object.fromEntries(
    [...FIXED_SETTINGS, ...UPDATABLE_SETTINGS]
      .filter((key) => pool.extra[key] !== undefined)
      .map((key) => [key, pool.extra[key]]),
  );
  return {
    Id: pool.id,
    Name: pool.name,
    Arn: `arn:aws:cognito-idp:${pool.id.split("_")[0]}:000000000000:userpool/${pool.id}`,
    Policies: { PasswordPolicy: pool.passwordPolicy, SignInPolicy: signInPolicyView(pool) },
    UserPoolTier: tierOf(pool),
    LambdaConfig: {},
    MfaConfiguration: mfaModeOf(pool),
    DeletionProtection: "INACTIVE",
    AdminCreateUserConfig: {
      AllowAdminCreateUserOnly: false,
      UnusedAccountValidityDays: pool.passwordPolicy.TemporaryPasswordValidityDays,
    },
    ...echoed,
    ...(pool.usernameAttributes.length ? { UsernameAttributes: pool.usernameAttributes } : {}),
    ...(pool.aliasAttributes.length ? { AliasAttributes: pool.aliasAttributes } : {}),
    AutoVerifiedAttributes: pool.autoVerifiedAttributes,
    UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: verifyBeforeUpdate(pool) },
    ...(pool.extra.Schema ? { SchemaAttributes: pool.extra.Schema } : {}),
    EstimatedNumberOfUsers: Object.keys(pool.users).length,
    CreationDate: epochSeconds(pool.createdAt),
    LastModifiedDate: epochSeconds(pool.updatedAt),
  };
}

function describeUserPool(ctx: Ctx, input: Input) {
  return { UserPool: poolView(getPool(ctx, requiredString(input, "UserPoolId"))) };
}

function listUserPools(ctx: Ctx, input: Input) {
  const max = optionalNumber(input, "MaxResults");
  if (max === undefined || !Number.isInteger(max) || max < 1 || max > 60) {
    throw invalidParameter(
      "1 validation error detected: Value at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 60",
    );
  }
  const pools = Object.values(ctx.state.pools).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const after = input.NextToken;
  const start = typeof after === "string" ? pools.findIndex((pool) => pool.id === after) + 1 : 0;
  const page = pools.slice(start, start + max);
  const last = page[page.length - 1];
  return {
    UserPools: page.map((pool) => ({
      Id: pool.id,
      Name: pool.name,
      LambdaConfig: {},
      CreationDate: epochSeconds(pool.createdAt),
      LastModifiedDate: epochSeconds(pool.updatedAt),
    })),
    ...(last && start + max < pools.length ? { NextToken: last.id } : {}),
  };
}

export const poolOperations = {
  CreateUserPool: createUserPool,
  DescribeUserPool: describeUserPool,
  ListUserPools: listUserPools,
};
