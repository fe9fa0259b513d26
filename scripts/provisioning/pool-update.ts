import {
  DescribeUserPoolCommand,
  UpdateUserPoolCommand,
  type CognitoIdentityProviderClient,
  type UpdateUserPoolCommandInput,
  type UserPoolType,
} from "@aws-sdk/client-cognito-identity-provider";

/** UpdateUserPool resets what it is not given; Cognito refuses UnusedAccountValidityDays beside its successor. */
function updateInputFrom(pool: UserPoolType): UpdateUserPoolCommandInput {
  const { UnusedAccountValidityDays: _replaced, ...adminCreateUserConfig } = pool.AdminCreateUserConfig ?? {};
  return {
    UserPoolId: pool.Id,
    PoolName: pool.Name,
    Policies: pool.Policies,
    DeletionProtection: pool.DeletionProtection,
    LambdaConfig: pool.LambdaConfig,
    AutoVerifiedAttributes: pool.AutoVerifiedAttributes,
    VerificationMessageTemplate: pool.VerificationMessageTemplate,
    SmsAuthenticationMessage: pool.SmsAuthenticationMessage,
    UserAttributeUpdateSettings: pool.UserAttributeUpdateSettings,
    MfaConfiguration: pool.MfaConfiguration,
    DeviceConfiguration: pool.DeviceConfiguration,
    EmailConfiguration: pool.EmailConfiguration,
    SmsConfiguration: pool.SmsConfiguration,
    UserPoolTags: pool.UserPoolTags,
    AdminCreateUserConfig: pool.AdminCreateUserConfig ? adminCreateUserConfig : undefined,
    UserPoolAddOns: pool.UserPoolAddOns,
    AccountRecoverySetting: pool.AccountRecoverySetting,
    UserPoolTier: pool.UserPoolTier,
  };
}

/** Applies `settings` to an existing pool and keeps every other setting it has, its MFA included. */
export async function updatePool(
  cognito: CognitoIdentityProviderClient,
  poolId: string,
  settings: (pool: UserPoolType) => Partial<UpdateUserPoolCommandInput>,
): Promise<void> {
  const { UserPool } = await cognito.send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
  if (!UserPool) throw new Error(`DescribeUserPool returned nothing for ${poolId}`);
  await cognito.send(new UpdateUserPoolCommand({ ...updateInputFrom(UserPool), ...settings(UserPool) }));
}
