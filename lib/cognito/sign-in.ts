import "server-only";
import { InitiateAuthCommand, RespondToAuthChallengeCommand } from "@aws-sdk/client-cognito-identity-provider";
import { getConfig } from "../config/env";
import { callCognito, secretHashFor } from "./client";
import { asTotpError } from "./errors";
import { toSignInResult } from "./tokens";
import type { SignInResult } from "./types";

export async function signInWithPassword(email: string, password: string): Promise<SignInResult> {
  const secretHash = await secretHashFor(email);
  const output = await callCognito((client) =>
    client.send(
      new InitiateAuthCommand({
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: getConfig().clientId,
        AuthParameters: { USERNAME: email, PASSWORD: password, ...(secretHash && { SECRET_HASH: secretHash }) },
      }),
    ),
  );
  return toSignInResult(output, email);
}

export async function respondToNewPasswordChallenge(
  username: string,
  session: string,
  newPassword: string,
): Promise<SignInResult> {
  const secretHash = await secretHashFor(username);
  const output = await callCognito((client) =>
    client.send(
      new RespondToAuthChallengeCommand({
        ChallengeName: "NEW_PASSWORD_REQUIRED",
        ClientId: getConfig().clientId,
        Session: session,
        ChallengeResponses: {
          USERNAME: username,
          NEW_PASSWORD: newPassword,
          ...(secretHash && { SECRET_HASH: secretHash }),
        },
      }),
    ),
  );
  return toSignInResult(output, username);
}

export async function respondToTotpChallenge(username: string, session: string, code: string): Promise<SignInResult> {
  const secretHash = await secretHashFor(username);
  const output = await callCognito((client) =>
    client.send(
      new RespondToAuthChallengeCommand({
        ChallengeName: "SOFTWARE_TOKEN_MFA",
        ClientId: getConfig().clientId,
        Session: session,
        ChallengeResponses: {
          USERNAME: username,
          SOFTWARE_TOKEN_MFA_CODE: code,
          ...(secretHash && { SECRET_HASH: secretHash }),
        },
      }),
    ),
  ).catch((error: unknown) => {
    throw asTotpError(error);
  });
  return toSignInResult(output, username);
}
