import { getPool, touchPool, type Ctx } from "./context";
import { requiredString, type Input } from "./input";
import {
  assertTierAllows,
  readEmailMfaConfiguration,
  readWebAuthnConfiguration,
  webAuthnOf,
} from "./passwordless-settings";
import type { PoolRecord } from "../store/types";

export function mfaConfigView(pool: PoolRecord) {
  return {
    MfaConfiguration: typeof pool.extra.MfaConfiguration === "string" ? pool.extra.MfaConfiguration : "OFF",
    ...(pool.emailMfa ? { EmailMfaConfiguration: pool.emailMfa } : {}),
    WebAuthnConfiguration: webAuthnOf(pool),
  };
}

/** SetUserPoolMfaConfig: WebAuthnConfiguration and EmailMfaConfiguration need the Essentials plan. */
function setUserPoolMfaConfig(ctx: Ctx, input: Input) {
  const pool = getPool(ctx, requiredString(input, "UserPoolId"));
  const webAuthn = readWebAuthnConfiguration(input);
  const emailMfa = readEmailMfaConfiguration(input);
  if (webAuthn) assertTierAllows(pool, "WebAuthnConfiguration");
  if (emailMfa) assertTierAllows(pool, "EmailMfaConfiguration");
  if (webAuthn) pool.webAuthn = webAuthn;
  if (emailMfa) pool.emailMfa = emailMfa;
  touchPool(pool, ctx);
  return mfaConfigView(pool);
}

function getUserPoolMfaConfig(ctx: Ctx, input: Input) {
  return mfaConfigView(getPool(ctx, requiredString(input, "UserPoolId")));
}

export const poolMfaConfigOperations = {
  SetUserPoolMfaConfig: setUserPoolMfaConfig,
  GetUserPoolMfaConfig: getUserPoolMfaConfig,
};
