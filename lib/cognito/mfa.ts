import "server-only";
import {
  AssociateSoftwareTokenCommand,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { getConfig } from "../config/env";
import { callCognito, secretHashFor } from "./client";
import { asTotpError } from "./errors";
import { toSignInResult } from "./tokens";
import type { SignInResult } from "./types";

type TotpOwner = { accessToken: string } | { session: string };

interface Association {
  secret: string;
  session?: string;
}

function ownerInput(owner: TotpOwner) {
  return "accessToken" in owner ? { AccessToken: owner.accessToken } : { Session: owner.session };
}

export async function associateSoftwareToken(owner: TotpOwner): Promise<Association> {
  const output = await callCognito((client) => client.send(new AssociateSoftwareTokenCommand(ownerInput(owner))));
  return { secret: output.SecretCode ?? "", ...(output.Session && { session: output.Session }) };
}

export async function verifySoftwareToken(owner: TotpOwner, code: string, deviceName: string): Promise<string | null> {
  const output = await callCognito((client) =>
    client.send(
      new VerifySoftwareTokenCommand({
        ...ownerInput(owner),
        UserCode: code,
        ...(deviceName && { FriendlyDeviceName: deviceName }),
      }),
    ),
  ).catch((error: unknown) => {
    throw asTotpError(error);
  });
  if (output.Status !== "SUCCESS") throw asTotpError({ name: "EnableSoftwareTokenMFAException" });
  return output.Session ?? null;
}

export async function setTotpPreference(accessToken: string, enabled: boolean): Promise<void> {
  await callCognito((client) =>
    client.send(
      new SetUserMFAPreferenceCommand({
        AccessToken: accessToken,
        SoftwareTokenMfaSettings: { Enabled: enabled, PreferredMfa: enabled },
      }),
    ),
  );
}

export async function respondToMfaChallenge(
  challenge: "MFA_SETUP" | "SELECT_MFA_TYPE",
  username: string,
  session: string,
): Promise<SignInResult> {
  const secretHash = await secretHashFor(username);
  const output = await callCognito((client) =>
    client.send(
      new RespondToAuthChallengeCommand({
        ChallengeName: challenge,
        ClientId: getConfig().clientId,
        Session: session,
        ChallengeResponses: {
          USERNAME: username,
          ...(challenge === "SELECT_MFA_TYPE" && { ANSWER: "SOFTWARE_TOKEN_MFA" }),
          ...(secretHash && { SECRET_HASH: secretHash }),
        },
      }),
    ),
  ).catch((error: unknown) => {
    throw asTotpError(error);
  });
  return toSignInResult(output, username);
}
