import {
  DescribeUserPoolCommand,
  UpdateUserPoolCommand,
  type CognitoIdentityProviderClient,
  type UpdateUserPoolCommandInput,
  type UserPoolType,
} from "@aws-sdk/client-cognito-identity-provider";

/**
 * UpdateUserPool resets every setting it is not given, so the request repeats the pool's whole
 * updatable configuration. UnusedAccountValidityDays is left out: Cognito refuses it next to
 * PasswordPolicy.TemporaryPasswordValidityDays, which replaced it.
 */
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

/** Brings an existing pool to keeping the old email until a new one is verified, changing nothing else. */
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
