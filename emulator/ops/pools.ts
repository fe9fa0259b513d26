import { epochSeconds } from "../clock";
import { invalidParameter } from "../errors";
import { newPoolId } from "../ids";
import { DEFAULT_POLICY } from "../password-policy";
import type { PasswordPolicy, PoolRecord } from "../store/types";
import { getPool, type Ctx } from "./context";
import { assertFactorsInTier, readAllowedFactors, readTier, signInPolicyView, tierOf } from "./passwordless-settings";
import { optionalNumber, optionalObject, requiredString, stringList, type Input } from "./input";

const ECHOED = [
  "UsernameConfiguration",
  "AccountRecoverySetting",
  "UserPoolTags",
  "MfaConfiguration",
  "AdminCreateUserConfig",
  "DeletionProtection",
  "VerificationMessageTemplate",
  "EmailConfiguration",
  "LambdaConfig",
] as const;

function readPolicy(input: Input): PasswordPolicy {
  const given = optionalObject(optionalObject(input, "Policies") ?? {}, "PasswordPolicy");
  if (!given) return { ...DEFAULT_POLICY };
  const length = optionalNumber(given, "MinimumLength") ?? 8;
  const days = optionalNumber(given, "TemporaryPasswordValidityDays") ?? 7;
  if (!Number.isInteger(length) || length < 6 || length > 99) {
    throw invalidParameter(
      "1 validation error detected: Value at 'policies.passwordPolicy.minimumLength' failed to satisfy constraint: Member must have value between 6 and 99",
    );
  }
  if (!Number.isInteger(days) || days < 0 || days > 365) {
    throw invalidParameter(
      "1 validation error detected: Value at 'policies.passwordPolicy.temporaryPasswordValidityDays' failed to satisfy constraint: Member must have value between 0 and 365",
    );
  }
  return {
    MinimumLength: length,
    RequireUppercase: given.RequireUppercase === true,
    RequireLowercase: given.RequireLowercase === true,
    RequireNumbers: given.RequireNumbers === true,
    RequireSymbols: given.RequireSymbols === true,
    TemporaryPasswordValidityDays: days,
  };
}

function readAttributeNames(input: Input, field: string): string[] {
  const names = stringList(input, field) ?? [];
  const allowed =
    field === "AliasAttributes" ? ["email", "phone_number", "preferred_username"] : ["email", "phone_number"];
  const bad = names.find((name) => !allowed.includes(name));
  if (bad) throw invalidParameter(`Invalid value ${bad} for ${field}; allowed: ${allowed.join(", ")}`);
  return names;
}

function createUserPool(ctx: Ctx, input: Input) {
  const name = requiredString(input, "PoolName");
  if (name.length > 128 || !/^[\w\s+=,.@-]+$/.test(name)) {
    throw invalidParameter(
      "1 validation error detected: Value at 'poolName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+",
    );
  }
  const usernameAttributes = readAttributeNames(input, "UsernameAttributes");
  const aliasAttributes = readAttributeNames(input, "AliasAttributes");
  if (usernameAttributes.length && aliasAttributes.length) {
    throw invalidParameter("Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.");
  }
  const extra: Record<string, unknown> = {};
  for (const key of [...ECHOED, "Schema"]) if (input[key] !== undefined) extra[key] = input[key];
  const tier = readTier(input) ?? "ESSENTIALS";
  const allowedFirstAuthFactors = readAllowedFactors(input);
  assertFactorsInTier(tier, allowedFirstAuthFactors);
  const now = ctx.now();
  const pool: PoolRecord = {
    id: newPoolId(ctx.region),
    name,
    tier,
    ...(allowedFirstAuthFactors ? { allowedFirstAuthFactors } : {}),
    createdAt: now,
    updatedAt: now,
    passwordPolicy: readPolicy(input),
    usernameAttributes,
    aliasAttributes,
    autoVerifiedAttributes: readAttributeNames(input, "AutoVerifiedAttributes"),
    extra,
    clients: {},
    users: {},
    sessions: {},
    challenges: {},
  };
  ctx.state.pools[pool.id] = pool;
  return { UserPool: poolView(pool) };
}

export function poolView(pool: PoolRecord) {
  const echoed = Object.fromEntries(
    ECHOED.filter((key) => pool.extra[key] !== undefined).map((key) => [key, pool.extra[key]]),
  );
  return {
    Id: pool.id,
    Name: pool.name,
    Arn: `arn:aws:cognito-idp:${pool.id.split("_")[0]}:000000000000:userpool/${pool.id}`,
    Policies: { PasswordPolicy: pool.passwordPolicy, SignInPolicy: signInPolicyView(pool) },
    UserPoolTier: tierOf(pool),
    LambdaConfig: {},
    MfaConfiguration: "OFF",
    DeletionProtection: "INACTIVE",
    AdminCreateUserConfig: {
      AllowAdminCreateUserOnly: false,
      UnusedAccountValidityDays: pool.passwordPolicy.TemporaryPasswordValidityDays,
    },
    ...echoed,
    ...(pool.usernameAttributes.length ? { UsernameAttributes: pool.usernameAttributes } : {}),
    ...(pool.aliasAttributes.length ? { AliasAttributes: pool.aliasAttributes } : {}),
    AutoVerifiedAttributes: pool.autoVerifiedAttributes,
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
