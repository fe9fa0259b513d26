import {
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  SetUserPoolMfaConfigCommand,
  type AuthFactorType,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { expectCognitoError } from "./support/errors";
import { createClient, createPool, POOL_INPUT, setupFixture, type Fixture } from "./support/fixture";

const fixture = setupFixture();

const withFactors = (factors: AuthFactorType[]) => ({
  Policies: { ...POOL_INPUT.Policies, SignInPolicy: { AllowedFirstAuthFactors: factors } },
});
const litePool = (f: Fixture) => createPool(f.target, undefined, { UserPoolTier: "LITE" });
const describePool = async (f: Fixture, UserPoolId: string) =>
  (await f.cognito.send(new DescribeUserPoolCommand({ UserPoolId }))).UserPool;

// CreateUserPool (API reference): UserPoolTier "Defaults to ESSENTIALS"; SignInPolicyType:
// AllowedFirstAuthFactors, 1 to 4 of PASSWORD, EMAIL_OTP, SMS_OTP, WEB_AUTHN.
describe("feature plan and sign-in policy", () => {
  it("creates pools on the Essentials plan with PASSWORD as the only first factor by default", async () => {
    const f = fixture();
    const pool = await describePool(f, f.poolId);
    expect(pool?.UserPoolTier).toBe("ESSENTIALS");
    expect(pool?.Policies?.SignInPolicy?.AllowedFirstAuthFactors).toEqual(["PASSWORD"]);
  });

  it("keeps the first factors it is given", async () => {
    const f = fixture();
    const poolId = await createPool(f.target, undefined, withFactors(["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"]));
    const factors = (await describePool(f, poolId))?.Policies?.SignInPolicy?.AllowedFirstAuthFactors;
    expect([...(factors ?? [])].sort()).toEqual(["EMAIL_OTP", "PASSWORD", "WEB_AUTHN"]);
  });

  it("refuses a first factor that is not one of the four", async () => {
    const f = fixture();
    const call = createPool(f.target, undefined, withFactors(["PASSWORD", "SOFTWARE_TOKEN" as AuthFactorType]));
    await expectCognitoError(call, "InvalidParameterException");
  });

  it("refuses a sign-in policy without PASSWORD", async () => {
    const f = fixture();
    await expectCognitoError(createPool(f.target, undefined, withFactors(["EMAIL_OTP"])), "InvalidParameterException");
  });
});

// SetUserPoolMfaConfig (API reference): WebAuthnConfigurationType (RelyingPartyId, UserVerification
// preferred or required) and EmailMfaConfigType (Message with the {####} placeholder, Subject).
describe("SetUserPoolMfaConfig: passkey and sign-in code settings", () => {
  it("stores the relying party id, user verification and the sign-in code message", async () => {
    const f = fixture();
    const poolId = await createPool(f.target, undefined, withFactors(["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"]));
    const settings = {
      WebAuthnConfiguration: { RelyingPartyId: "cruddur.example", UserVerification: "required" as const },
      EmailMfaConfiguration: { Message: "Your code is {####}", Subject: "Cruddur sign-in" },
    };
    await f.cognito.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, ...settings }));
    const config = await f.cognito.send(new GetUserPoolMfaConfigCommand({ UserPoolId: poolId }));
    expect(config).toMatchObject(settings);
  });

  it("refuses a sign-in code message without the {####} placeholder", async () => {
    const f = fixture();
    const call = f.cognito.send(
      new SetUserPoolMfaConfigCommand({ UserPoolId: f.poolId, EmailMfaConfiguration: { Message: "No code here" } }),
    );
    await expectCognitoError(call, "InvalidParameterException");
  });

  it("refuses a user verification other than preferred or required", async () => {
    const f = fixture();
    const call = f.cognito.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: f.poolId,
        WebAuthnConfiguration: { RelyingPartyId: "cruddur.example", UserVerification: "discouraged" as "required" },
      }),
    );
    await expectCognitoError(call, "InvalidParameterException");
  });
});

// FeatureUnavailableInTierException (API reference: CreateUserPool, SetUserPoolMfaConfig,
// CreateUserPoolClient): sign-in policy, passkeys, email sign-in codes, ALLOW_USER_AUTH and refresh
// token rotation need "the Essentials tier or higher".
describe("Lite plan", () => {
  it("refuses passwordless first factors on a Lite pool", async () => {
    const f = fixture();
    const call = createPool(f.target, undefined, { UserPoolTier: "LITE", ...withFactors(["PASSWORD", "EMAIL_OTP"]) });
    await expectCognitoError(call, "FeatureUnavailableInTierException");
  });

  it("refuses WebAuthnConfiguration on a Lite pool", async () => {
    const f = fixture();
    const call = f.cognito.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: await litePool(f),
        WebAuthnConfiguration: { RelyingPartyId: "cruddur.example", UserVerification: "preferred" },
      }),
    );
    await expectCognitoError(call, "FeatureUnavailableInTierException");
  });

  it("refuses an app client with ALLOW_USER_AUTH on a Lite pool", async () => {
    const f = fixture();
    const call = createClient(f.target, await litePool(f), { ExplicitAuthFlows: ["ALLOW_USER_AUTH"] });
    await expectCognitoError(call, "FeatureUnavailableInTierException");
  });

  it("refuses refresh token rotation on a Lite pool", async () => {
    const f = fixture();
    const call = createClient(f.target, await litePool(f), {
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"],
      RefreshTokenRotation: { Feature: "ENABLED", RetryGracePeriodSeconds: 0 },
    });
    await expectCognitoError(call, "FeatureUnavailableInTierException");
  });

  it("describes a Lite pool as LITE", async () => {
    const f = fixture();
    expect((await describePool(f, await litePool(f)))?.UserPoolTier).toBe("LITE");
  });
});
