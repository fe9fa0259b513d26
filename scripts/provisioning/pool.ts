import {
  CreateUserPoolCommand,
  ListUserPoolsCommand,
  type CognitoIdentityProviderClient,
  type CreateUserPoolCommandInput,
  type SignInPolicyType,
  type UpdateUserPoolCommandInput,
  type UserPoolType,
} from "@aws-sdk/client-cognito-identity-provider";
import { updatePool } from "./pool-update";

const SIGN_IN_POLICY = { AllowedFirstAuthFactors: ["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"] } satisfies SignInPolicyType;

/**
 * The settings provisioning brings every pool to, new or existing (an existing pool keeps its
 * others, its password policy among them): the Essentials plan, and sign-in with a password, an
 * emailed code or a passkey.
 */
function updatableSettings(pool?: UserPoolType) {
  return {
    UserPoolTier: "ESSENTIALS",
    AutoVerifiedAttributes: ["email"],
    UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ["email"] },
    Policies: { ...pool?.Policies, SignInPolicy: SIGN_IN_POLICY },
  } satisfies Partial<UpdateUserPoolCommandInput>;
}

/**
 * Cruddur's user pool on the Essentials plan: email is the user name, auto-verified, and a new
 * address replaces the old one only once verified; name and handle are profile attributes.
 */
export function cruddurPoolInput(poolName: string): CreateUserPoolCommandInput {
  return {
    PoolName: poolName,
    UsernameAttributes: ["email"],
    ...updatableSettings(),
    Policies: {
      PasswordPolicy: {
        MinimumLength: 8,
        RequireUppercase: true,
        RequireLowercase: true,
        RequireNumbers: true,
        RequireSymbols: true,
      },
      SignInPolicy: SIGN_IN_POLICY,
    },
    Schema: [
      { Name: "email", AttributeDataType: "String", Required: true, Mutable: true },
      { Name: "name", AttributeDataType: "String", Required: false, Mutable: true },
      { Name: "preferred_username", AttributeDataType: "String", Required: false, Mutable: true },
    ],
    AccountRecoverySetting: { RecoveryMechanisms: [{ Name: "verified_email", Priority: 1 }] },
  };
}

async function findPoolId(cognito: CognitoIdentityProviderClient, poolName: string): Promise<string | undefined> {
  let NextToken: string | undefined;
  do {
    const page = await cognito.send(new ListUserPoolsCommand({ MaxResults: 60, NextToken }));
    const match = page.UserPools?.find((pool) => pool.Name === poolName);
    if (match?.Id) return match.Id;
    NextToken = page.NextToken;
  } while (NextToken);
  return undefined;
}

export async function ensurePool(cognito: CognitoIdentityProviderClient, poolName: string): Promise<string> {
  const existing = await findPoolId(cognito, poolName);
  if (existing) {
    await updatePool(cognito, existing, updatableSettings);
    return existing;
  }
  const { UserPool } = await cognito.send(new CreateUserPoolCommand(cruddurPoolInput(poolName)));
  if (!UserPool?.Id) throw new Error(`CreateUserPool returned no id for "${poolName}"`);
  return UserPool.Id;
}
