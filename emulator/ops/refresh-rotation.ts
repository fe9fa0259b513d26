import { invalidParameter, featureUnavailable } from "../errors";
import type { ClientRecord, PoolRecord, RefreshTokenRotation } from "../store/types";
import { tierOf } from "./passwordless-settings";
import { optionalNumber, optionalObject, optionalString, type Input } from "./input";

export const rotates = (client: ClientRecord) => client.refreshTokenRotation?.Feature === "ENABLED";

/** RefreshTokenRotationType: Feature ENABLED or DISABLED, RetryGracePeriodSeconds 0 to 60. */
export function readRotation(input: Input): RefreshTokenRotation | undefined {
  const given = optionalObject(input, "RefreshTokenRotation");
  if (!given) return undefined;
  const feature = optionalString(given, "Feature");
  if (feature !== "ENABLED" && feature !== "DISABLED") {
    throw invalidParameter("RefreshTokenRotation.Feature must be ENABLED or DISABLED.");
  }
  const grace = optionalNumber(given, "RetryGracePeriodSeconds") ?? 0;
  if (!Number.isInteger(grace) || grace < 0 || grace > 60) {
    throw invalidParameter(
      "1 validation error detected: Value at 'refreshTokenRotation.retryGracePeriodSeconds' failed to satisfy constraint: Member must have value between 0 and 60",
    );
  }
  return { Feature: feature, RetryGracePeriodSeconds: grace };
}

/**
 * "Using the refresh token": rotation is not compatible with REFRESH_TOKEN_AUTH, so a rotating
 * client must not allow that flow; rotation and ALLOW_USER_AUTH are Essentials features.
 */
export function assertClientFeatures(pool: PoolRecord, client: ClientRecord): void {
  const lite = tierOf(pool) === "LITE";
  if (lite && client.explicitAuthFlows.includes("ALLOW_USER_AUTH")) throw featureUnavailable("ALLOW_USER_AUTH");
  if (!rotates(client)) return;
  if (lite) throw featureUnavailable("Refresh token rotation");
  if (client.explicitAuthFlows.some((flow) => flow === "ALLOW_REFRESH_TOKEN_AUTH" || flow === "REFRESH_TOKEN_AUTH")) {
    throw invalidParameter(
      "Refresh token rotation is not compatible with ALLOW_REFRESH_TOKEN_AUTH: remove that flow from ExplicitAuthFlows.",
    );
  }
}
