import "server-only";
import { InitiateAuthCommand, RespondToAuthChallengeCommand } from "@aws-sdk/client-cognito-identity-provider";
import { getConfig } from "../config/env";
import { callCognito, secretHashFor } from "./client";
import { asPasskeySignInError, asSignInCodeError } from "./errors";
import { toSignInResult } from "./tokens";
import type { FirstFactor, SignInResult } from "./types";

// For an unknown email the client (PreventUserExistenceErrors) answers with made-up challenges.
export async function startChoiceSignIn(
  email: string,
  options: { preferred?: FirstFactor; session?: string } = {},
): Promise<SignInResult> {
  const secretHash = await secretHashFor(email);
  const output = await callCognito((client) =>
    client.send(
      new InitiateAuthCommand({
        AuthFlow: "USER_AUTH",
        ClientId: getConfig().clientId,
        Session: options.session,
        AuthParameters: {
          USERNAME: email,
          ...(options.preferred && { PREFERRED_CHALLENGE: options.preferred }),
          ...(secretHash && { SECRET_HASH: secretHash }),
        },
      }),
    ),
  );
  return toSignInResult(output, email);
}

async function respond(
  challenge: "SELECT_CHALLENGE" | "EMAIL_OTP" | "WEB_AUTHN",
  username: string,
  session: string,
  answer: Record<string, string>,
): Promise<SignInResult> {
  const secretHash = await secretHashFor(username);
  const output = await callCognito((client) =>
    client.send(
      new RespondToAuthChallengeCommand({
        ChallengeName: challenge,
        ClientId: getConfig().clientId,
        Session: session,
        ChallengeResponses: { USERNAME: username, ...answer, ...(secretHash && { SECRET_HASH: secretHash }) },
      }),
    ),
  );
  return toSignInResult(output, username);
}

export function chooseFactor(username: string, session: string, answer: "EMAIL_OTP" | "WEB_AUTHN") {
  return respond("SELECT_CHALLENGE", username, session, { ANSWER: answer });
}

export function respondToEmailCode(username: string, session: string, code: string): Promise<SignInResult> {
  return respond("EMAIL_OTP", username, session, { EMAIL_OTP_CODE: code }).catch((error: unknown) => {
    throw asSignInCodeError(error);
  });
}

export function respondToPasskey(username: string, session: string, credential: string): Promise<SignInResult> {
  return respond("WEB_AUTHN", username, session, { CREDENTIAL: credential }).catch((error: unknown) => {
    throw asPasskeySignInError(error);
  });
}
