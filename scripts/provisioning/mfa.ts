import {
  SetUserPoolMfaConfigCommand,
  type CognitoIdentityProviderClient,
  type UserPoolMfaType,
} from "@aws-sdk/client-cognito-identity-provider";

export const MFA_MODES = ["off", "optional", "on"] as const;
export type MfaMode = (typeof MFA_MODES)[number];

export const isMfaMode = (value: unknown): value is MfaMode => MFA_MODES.some((mode) => mode === value);

const POOL_MFA: Record<MfaMode, UserPoolMfaType> = { off: "OFF", optional: "OPTIONAL", on: "ON" };

export async function applyMfa(cognito: CognitoIdentityProviderClient, poolId: string, mode: MfaMode): Promise<void> {
  await cognito.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: poolId,
      MfaConfiguration: POOL_MFA[mode],
      ...(mode === "off" ? {} : { SoftwareTokenMfaConfiguration: { Enabled: true } }),
    }),
  );
}
