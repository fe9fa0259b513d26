import type { PoolRecord } from "../store/types";
import { getPool, type Ctx } from "./context";
import { optionalString, requiredString, type Input } from "./input";
import { applyMfaMode } from "./mfa/pool-config";
import { readMfaMode, readUpdatableSettings } from "./pool-settings";
import { assertPoolName } from "./pools";
import { readSignInSettings } from "./passwordless-settings";

function keptFixedSettings(pool: PoolRecord): Record<string, unknown> {
  const { UsernameConfiguration, Schema } = pool.extra;
  return {
    ...(UsernameConfiguration !== undefined ? { UsernameConfiguration } : {}),
    ...(Schema !== undefined ? { Schema } : {}),
  };
}

/** A setting left out goes back to its default, as in Cognito; sign-in attributes and schema never change. */
function updateUserPool(ctx: Ctx, input: Input) {
  const pool = getPool(ctx, requiredString(input, "UserPoolId"));
  const name = optionalString(input, "PoolName");
  if (name !== undefined) assertPoolName(name);
  const mode = readMfaMode(input);
  const { extra, ...settings } = readUpdatableSettings(input);
  const signInSettings = readSignInSettings(input, pool.tier);
  applyMfaMode(pool, mode);
  Object.assign(pool, settings, signInSettings, { name: name ?? pool.name, updatedAt: ctx.now() });
  pool.extra = { ...keptFixedSettings(pool), ...extra };
  return {};
}

export const updatePoolOperations = { UpdateUserPool: updateUserPool };
