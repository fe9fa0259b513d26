import {
  AssociateSoftwareTokenCommand,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  SetUserPoolMfaConfigCommand,
  type ChallengeNameType,
  VerifySoftwareTokenCommand,
  type UserPoolMfaType,
} from "@aws-sdk/client-cognito-identity-provider";
import { createClient, createPool, type AppClient, type Fixture } from "./fixture";
import { midStep, totpCode } from "./totp";
import { secretHash, type Tokens } from "./users";

export async function setPoolMfa(f: Fixture, poolId: string, mode: UserPoolMfaType): Promise<void> {
  const totp = mode === "OFF" ? {} : { SoftwareTokenMfaConfiguration: { Enabled: true } };
  await f.cognito.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: mode, ...totp }));
}

/** A fresh pool with the given MFA mode and one client, as a Fixture whose three clients are that one. */
export async function poolWithMfa(f: Fixture, mode: UserPoolMfaType): Promise<Fixture> {
  const poolId = await createPool(f.target);
  await setPoolMfa(f, poolId, mode);
  const client = await createClient(f.target, poolId, { PreventUserExistenceErrors: "ENABLED" });
  return { ...f, poolId, legacy: client, enabled: client, confidential: client };
}

export async function associate(f: Fixture, accessToken: string): Promise<string> {
  const { SecretCode } = await f.cognito.send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken }));
  if (!SecretCode) throw new Error("AssociateSoftwareToken returned no SecretCode");
  return SecretCode;
}

export const verify = (f: Fixture, accessToken: string, code: string, FriendlyDeviceName?: string) =>
  f.cognito.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: code, FriendlyDeviceName }));

export const preferTotp = (f: Fixture, accessToken: string, enabled = true) =>
  f.cognito.send(
    new SetUserMFAPreferenceCommand({
      AccessToken: accessToken,
      SoftwareTokenMfaSettings: { Enabled: enabled, PreferredMfa: enabled },
    }),
  );

/** Associates and verifies an authenticator for a signed-in user, then turns TOTP on as preferred. */
export async function enrolTotp(f: Fixture, tokens: Tokens, deviceName?: string): Promise<string> {
  const secret = await associate(f, tokens.AccessToken);
  await verify(f, tokens.AccessToken, totpCode(secret, await midStep(f)), deviceName);
  await preferTotp(f, tokens.AccessToken);
  return secret;
}

export const answerChallenge = (
  f: Fixture,
  client: AppClient,
  challenge: ChallengeNameType,
  session: string,
  responses: { USERNAME: string } & Record<string, string>,
) => {
  const hash = secretHash(client, responses.USERNAME);
  return f.cognito.send(
    new RespondToAuthChallengeCommand({
      ClientId: client.id,
      ChallengeName: challenge,
      Session: session,
      ChallengeResponses: hash === undefined ? responses : { ...responses, SECRET_HASH: hash },
    }),
  );
};

export const answerTotp = (f: Fixture, client: AppClient, username: string, session: string, code: string) =>
  answerChallenge(f, client, "SOFTWARE_TOKEN_MFA", session, { USERNAME: username, SOFTWARE_TOKEN_MFA_CODE: code });
