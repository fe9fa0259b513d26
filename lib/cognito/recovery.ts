import "server-only";
import { ConfirmForgotPasswordCommand, ForgotPasswordCommand } from "@aws-sdk/client-cognito-identity-provider";
import { getConfig } from "../config/env";
import { callCognito, secretHashFor } from "./client";
import { AuthError, asCodeError } from "./errors";

// Resolves alike whether or not the account exists, so step 1 of recovery reads the same for everyone.
export async function forgotPassword(email: string): Promise<void> {
  const secretHash = await secretHashFor(email);
  try {
    await callCognito((client) =>
      client.send(
        new ForgotPasswordCommand({ ClientId: getConfig().clientId, SecretHash: secretHash, Username: email }),
      ),
    );
  } catch (error) {
    const silent =
      error instanceof AuthError &&
      (error.code === "invalid-credentials" ||
        error.code === "invalid-parameter" ||
        error.code === "user-not-confirmed");
    if (!silent) throw error;
  }
}

export async function confirmForgotPassword(email: string, code: string, password: string): Promise<void> {
  const secretHash = await secretHashFor(email);
  try {
    await callCognito((client) =>
      client.send(
        new ConfirmForgotPasswordCommand({
          ClientId: getConfig().clientId,
          SecretHash: secretHash,
          Username: email,
          ConfirmationCode: code,
          Password: password,
        }),
      ),
    );
  } catch (error) {
    throw asCodeError(error);
  }
}
