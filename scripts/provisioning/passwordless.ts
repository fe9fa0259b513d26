import {
  GetUserPoolMfaConfigCommand,
  SetUserPoolMfaConfigCommand,
  type CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";

export const SIGN_IN_CODE_MESSAGE = "Your Cruddur sign-in code is {####}. It expires in 3 minutes.";
const SIGN_IN_CODE_SUBJECT = "Your Cruddur sign-in code";

/**
 * Passkeys for `relyingPartyId` with user verification preferred, and the email for sign-in codes.
 * SetUserPoolMfaConfig also sets MFA, so the pool's current MFA settings are sent back unchanged.
 */
export async function configurePasswordless(
  cognito: CognitoIdentityProviderClient,
  UserPoolId: string,
  relyingPartyId: string,
): Promise<void> {
  const current = await cognito.send(new GetUserPoolMfaConfigCommand({ UserPoolId }));
  await cognito.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId,
      MfaConfiguration: current.MfaConfiguration,
      SoftwareTokenMfaConfiguration: current.SoftwareTokenMfaConfiguration,
      WebAuthnConfiguration: { RelyingPartyId: relyingPartyId, UserVerification: "preferred" },
      EmailMfaConfiguration: { Message: SIGN_IN_CODE_MESSAGE, Subject: SIGN_IN_CODE_SUBJECT },
    }),
  );
}
