import { featureUnavailable, invalidParameter } from "../errors";
import type {
  AuthFactor,
  EmailMfaConfiguration,
  PasswordlessSettings,
  UserPoolTier,
  WebAuthnConfiguration,
} from "../store/types";
import { optionalObject, optionalString, stringList, type Input } from "./input";

const TIERS: readonly UserPoolTier[] = ["LITE", "ESSENTIALS", "PLUS"];
const FACTORS: readonly AuthFactor[] = ["PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"];

const isTier = (value: string): value is UserPoolTier => (TIERS as readonly string[]).includes(value);
const isFactor = (value: string): value is AuthFactor => (FACTORS as readonly string[]).includes(value);

/** CreateUserPool: "Defaults to ESSENTIALS." */
export const tierOf = (pool: PasswordlessSettings): UserPoolTier => pool.tier ?? "ESSENTIALS";
const allowedFactors = (pool: PasswordlessSettings): AuthFactor[] => pool.allowedFirstAuthFactors ?? ["PASSWORD"];
export const allowsFactor = (pool: PasswordlessSettings, factor: AuthFactor) => allowedFactors(pool).includes(factor);
export const webAuthnOf = (pool: PasswordlessSettings): WebAuthnConfiguration =>
  pool.webAuthn ?? { UserVerification: "preferred" };

export function assertTierAllows(pool: PasswordlessSettings, feature: string): void {
  if (tierOf(pool) === "LITE") throw featureUnavailable(feature);
}

function readTier(input: Input): UserPoolTier | undefined {
  const tier = optionalString(input, "UserPoolTier");
  if (tier === undefined) return undefined;
  if (!isTier(tier)) throw invalidParameter(`Invalid UserPoolTier ${tier}; expected one of ${TIERS.join(", ")}`);
  return tier;
}

/** SignInPolicyType: 1 to 4 of PASSWORD, EMAIL_OTP, SMS_OTP, WEB_AUTHN; PASSWORD is always among them. */
function readAllowedFactors(input: Input): AuthFactor[] | undefined {
  const policy = optionalObject(optionalObject(input, "Policies") ?? {}, "SignInPolicy");
  const factors = policy ? stringList(policy, "AllowedFirstAuthFactors") : undefined;
  if (factors === undefined) return undefined;
  const valid = factors.filter(isFactor);
  if (valid.length !== factors.length || factors.length < 1 || factors.length > 4) {
    throw invalidParameter(
      `1 validation error detected: Value at 'policies.signInPolicy.allowedFirstAuthFactors' failed to satisfy constraint: 1 to 4 of ${FACTORS.join(", ")}`,
    );
  }
  if (!valid.includes("PASSWORD")) throw invalidParameter("AllowedFirstAuthFactors must include PASSWORD.");
  return [...new Set(valid)];
}

/** Choice-based sign-in beyond passwords is an Essentials feature. */
function assertFactorsInTier(tier: UserPoolTier, factors: AuthFactor[] | undefined): void {
  if (tier === "LITE" && factors?.some((factor) => factor !== "PASSWORD")) {
    throw featureUnavailable("Passwordless sign-in (SignInPolicy.AllowedFirstAuthFactors)");
  }
}

function readWebAuthnConfiguration(input: Input): WebAuthnConfiguration | undefined {
  const given = optionalObject(input, "WebAuthnConfiguration");
  if (!given) return undefined;
  const rpId = optionalString(given, "RelyingPartyId");
  if (rpId !== undefined && (rpId.length < 1 || rpId.length > 127)) {
    throw invalidParameter("WebAuthnConfiguration.RelyingPartyId must be 1 to 127 characters.");
  }
  const verification = optionalString(given, "UserVerification") ?? "preferred";
  if (verification !== "preferred" && verification !== "required") {
    throw invalidParameter(`Invalid WebAuthnConfiguration.UserVerification ${verification}`);
  }
  return { ...(rpId !== undefined ? { RelyingPartyId: rpId } : {}), UserVerification: verification };
}

/** EmailMfaConfigType: the message is 6 to 20,000 characters and contains the {####} placeholder. */
function readEmailMfaConfiguration(input: Input): EmailMfaConfiguration | undefined {
  const given = optionalObject(input, "EmailMfaConfiguration");
  if (!given) return undefined;
  const message = optionalString(given, "Message");
  const subject = optionalString(given, "Subject");
  if (message !== undefined && (message.length < 6 || message.length > 20_000 || !message.includes("{####}"))) {
    throw invalidParameter("EmailMfaConfiguration.Message must be 6 to 20000 characters and contain {####}.");
  }
  if (subject !== undefined && !subject.trim()) throw invalidParameter("EmailMfaConfiguration.Subject is empty.");
  return {
    ...(message !== undefined ? { Message: message } : {}),
    ...(subject !== undefined ? { Subject: subject } : {}),
  };
}

export const signInPolicyView = (pool: PasswordlessSettings) => ({ AllowedFirstAuthFactors: allowedFactors(pool) });

/**
 * The feature plan and first factors of CreateUserPool and UpdateUserPool. Left out, the sign-in
 * policy is back to PASSWORD alone, as other UpdateUserPool settings are; the plan is kept.
 */
export function readSignInSettings(input: Input, current?: UserPoolTier) {
  const tier = readTier(input) ?? current ?? "ESSENTIALS";
  const allowedFirstAuthFactors = readAllowedFactors(input) ?? ["PASSWORD"];
  assertFactorsInTier(tier, allowedFirstAuthFactors);
  return { tier, allowedFirstAuthFactors };
}

/** SetUserPoolMfaConfig's WebAuthnConfiguration and EmailMfaConfiguration; each kept when left out. */
export function applyPasswordlessMfaSettings(pool: PasswordlessSettings, input: Input): void {
  const webAuthn = readWebAuthnConfiguration(input);
  const emailMfa = readEmailMfaConfiguration(input);
  if (webAuthn) assertTierAllows(pool, "WebAuthnConfiguration");
  if (emailMfa) assertTierAllows(pool, "EmailMfaConfiguration");
  if (webAuthn) pool.webAuthn = webAuthn;
  if (emailMfa) pool.emailMfa = emailMfa;
}

export const passwordlessMfaView = (pool: PasswordlessSettings) => ({
  ...(pool.emailMfa ? { EmailMfaConfiguration: pool.emailMfa } : {}),
  WebAuthnConfiguration: webAuthnOf(pool),
});
