import {
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  ListUserPoolsCommand,
  UpdateUserPoolCommand,
  type CognitoIdentityProviderClient,
  type CreateUserPoolCommandInput,
  type UpdateUserPoolCommandInput,
} from "@aws-sdk/client-cognito-identity-provider";

/** The settings UpdateUserPool can bring an existing pool up to (it resets whatever it is not given). */
function updatableSettings() {
  return {
    UserPoolTier: "ESSENTIALS",
    AutoVerifiedAttributes: ["email"],
    Policies: {
      PasswordPolicy: {
        MinimumLength: 8,
        RequireUppercase: true,
        RequireLowercase: true,
        RequireNumbers: true,
        RequireSymbols: true,
      },
      SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"] },
    },
    AccountRecoverySetting: { RecoveryMechanisms: [{ Name: "verified_email", Priority: 1 }] },
  } satisfies Partial<UpdateUserPoolCommandInput>;
}

/**
 * Cruddur's user pool on the Essentials plan: email is the user name, auto-verified; sign-in with a
 * password, an emailed code or a passkey; name and handle are profile attributes.
 */
export function cruddurPoolInput(poolName: string): CreateUserPoolCommandInput {
  return {
    PoolName: poolName,
    UsernameAttributes: ["email"],
    ...updatableSettings(),
    Schema: [
      { Name: "email", AttributeDataType: "String", Required: true, Mutable: true },
      { Name: "name", AttributeDataType: "String", Required: false, Mutable: true },
      { Name: "preferred_username", AttributeDataType: "String", Required: false, Mutable: true },
    ],
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

/** Brings an existing pool up to date, keeping its MFA mode (UpdateUserPool would otherwise reset it). */
async function updatePool(cognito: CognitoIdentityProviderClient, UserPoolId: string): Promise<void> {
  const { UserPool } = await cognito.send(new DescribeUserPoolCommand({ UserPoolId }));
  await cognito.send(
    new UpdateUserPoolCommand({ UserPoolId, ...updatableSettings(), MfaConfiguration: UserPool?.MfaConfiguration }),
  );
}

export async function ensurePool(cognito: CognitoIdentityProviderClient, poolName: string): Promise<string> {
  const existing = await findPoolId(cognito, poolName);
  if (existing) {
    await updatePool(cognito, existing);
    return existing;
  }
  const { UserPool } = await cognito.send(new CreateUserPoolCommand(cruddurPoolInput(poolName)));
  if (!UserPool?.Id) throw new Error(`CreateUserPool returned no id for "${poolName}"`);
  return UserPool.Id;
}
