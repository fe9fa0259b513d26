import {
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  ListUserPoolsCommand,
  UpdateUserPoolCommand,
  type CognitoIdentityProviderClient,
  type CreateUserPoolCommandInput,
  type UpdateUserPoolCommandInput,
  type UserPoolType,
} from "@aws-sdk/client-cognito-identity-provider";
import { requireEmailVerificationBeforeUpdate, updateInputFrom } from "./pool-update";

const FIRST_FACTORS = ["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"] as const;

/**
 * Cruddur's user pool on the Essentials plan: email is the user name, auto-verified, and a new
 * address replaces the old one only once verified; sign-in with a password, an emailed code or a
 * passkey; name and handle are profile attributes.
 */
export function cruddurPoolInput(poolName: string): CreateUserPoolCommandInput {
  return {
    PoolName: poolName,
    UserPoolTier: "ESSENTIALS",
    UsernameAttributes: ["email"],
    AutoVerifiedAttributes: ["email"],
    Policies: {
      PasswordPolicy: {
        MinimumLength: 8,
        RequireUppercase: true,
        RequireLowercase: true,
        RequireNumbers: true,
        RequireSymbols: true,
      },
      SignInPolicy: { AllowedFirstAuthFactors: [...FIRST_FACTORS] },
    },
    Schema: [
      { Name: "email", AttributeDataType: "String", Required: true, Mutable: true },
      { Name: "name", AttributeDataType: "String", Required: false, Mutable: true },
      { Name: "preferred_username", AttributeDataType: "String", Required: false, Mutable: true },
    ],
    AccountRecoverySetting: { RecoveryMechanisms: [{ Name: "verified_email", Priority: 1 }] },
    UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ["email"] },
  };
}

export async function findPoolId(
  cognito: CognitoIdentityProviderClient,
  poolName: string,
): Promise<string | undefined> {
  let NextToken: string | undefined;
  do {
    const page = await cognito.send(new ListUserPoolsCommand({ MaxResults: 60, NextToken }));
    const match = page.UserPools?.find((pool) => pool.Name === poolName);
    if (match?.Id) return match.Id;
    NextToken = page.NextToken;
  } while (NextToken);
  return undefined;
}

/** Moves an existing pool to the Essentials plan with passwordless first factors, keeping every other setting. */
async function enablePasswordless(cognito: CognitoIdentityProviderClient, UserPoolId: string): Promise<void> {
  const { UserPool } = await cognito.send(new DescribeUserPoolCommand({ UserPoolId }));
  if (!UserPool) throw new Error(`DescribeUserPool returned nothing for ${UserPoolId}`);
  await cognito.send(new UpdateUserPoolCommand({ ...updateInputFrom(UserPool), ...passwordlessSettings(UserPool) }));
}

function passwordlessSettings(pool: UserPoolType): Pick<UpdateUserPoolCommandInput, "UserPoolTier" | "Policies"> {
  const SignInPolicy = { AllowedFirstAuthFactors: [...FIRST_FACTORS] };
  return { UserPoolTier: "ESSENTIALS", Policies: { ...pool.Policies, SignInPolicy } };
}

export async function ensurePool(cognito: CognitoIdentityProviderClient, poolName: string): Promise<string> {
  const existing = await findPoolId(cognito, poolName);
  if (existing) {
    await requireEmailVerificationBeforeUpdate(cognito, existing);
    await enablePasswordless(cognito, existing);
    return existing;
  }
  const { UserPool } = await cognito.send(new CreateUserPoolCommand(cruddurPoolInput(poolName)));
  if (!UserPool?.Id) throw new Error(`CreateUserPool returned no id for "${poolName}"`);
  return UserPool.Id;
}
