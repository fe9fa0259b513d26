import {
  DescribeUserPoolCommand,
  UpdateUserPoolCommand,
  type CognitoIdentityProviderClient,
  type UpdateUserPoolCommandInput,
  type UserPoolType,
} from "@aws-sdk/client-cognito-identity-provider";

/** UpdateUserPool resets what it is not given; Cognito refuses UnusedAccountValidityDays beside its successor. */
export function updateInputFrom(pool: UserPoolType): UpdateUserPoolCommandInput {
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

const union = <T extends string>(values: T[] | undefined, value: T): T[] => [...new Set([...(values ?? []), value])];

export async function requireEmailVerificationBeforeUpdate(
  cognito: CognitoIdentityProviderClient,
  poolId: string,
): Promise<void> {
  const { UserPool } = await cognito.send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
  if (!UserPool) throw new Error(`DescribeUserPool returned nothing for ${poolId}`);
  const current = UserPool.UserAttributeUpdateSettings?.AttributesRequireVerificationBeforeUpdate ?? [];
  if (current.includes("email")) return;
  const input = updateInputFrom(UserPool);
  await cognito.send(
    new UpdateUserPoolCommand({
      ...input,
      AutoVerifiedAttributes: union(input.AutoVerifiedAttributes, "email"),
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: union(current, "email") },
    }),
  );
}
