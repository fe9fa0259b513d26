import "server-only";
import {
  ConfirmSignUpCommand,
  ResendConfirmationCodeCommand,
  SignUpCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { getConfig } from "../config/env";
import { callCognito, secretHashFor } from "./client";
import { AuthError, asCodeError } from "./errors";
import type { SignUpResult } from "./types";

interface SignUpInput {
  name: string;
  email: string;
  handle: string;
  password: string;
}

// Cognito reveals an existing email here whatever the pool settings: "username-exists".
export async function signUp({ name, email, handle, password }: SignUpInput): Promise<SignUpResult> {
  const secretHash = await secretHashFor(email);
  const output = await callCognito((client) =>
    client.send(
      new SignUpCommand({
        ClientId: getConfig().clientId,
        SecretHash: secretHash,
        Username: email,
        Password: password,
        UserAttributes: [
          { Name: "email", Value: email },
          { Name: "name", Value: name },
          { Name: "preferred_username", Value: handle },
        ],
      }),
    ),
  );
  return { userSub: output.UserSub ?? "", confirmed: output.UserConfirmed ?? false, session: output.Session };
}

export async function confirmSignUp(email: string, code: string, session?: string): Promise<string | undefined> {
  const secretHash = await secretHashFor(email);
  try {
    const output = await callCognito((client) =>
      client.send(
        new ConfirmSignUpCommand({
          ClientId: getConfig().clientId,
          SecretHash: secretHash,
          Username: email,
          ConfirmationCode: code,
          Session: session,
        }),
      ),
    );
    return output.Session;
  } catch (error) {
    throw asCodeError(error);
  }
}

// Resolves alike for unknown, unconfirmed and already-confirmed accounts: no enumeration.
export async function resendConfirmationCode(email: string): Promise<void> {
  const secretHash = await secretHashFor(email);
  try {
    await callCognito((client) =>
      client.send(
        new ResendConfirmationCodeCommand({ ClientId: getConfig().clientId, SecretHash: secretHash, Username: email }),
      ),
    );
  } catch (error) {
    const silent =
      error instanceof AuthError && (error.code === "invalid-credentials" || error.code === "already-confirmed");
    if (!silent) throw error;
  }
}
