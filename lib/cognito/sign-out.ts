import "server-only";
import { GlobalSignOutCommand, RevokeTokenCommand } from "@aws-sdk/client-cognito-identity-provider";
import { getConfig } from "../config/env";
import { callCognito } from "./client";

/**
 * Sign-out must finish even when Cognito cannot be reached, so these report success as a
 * boolean instead of throwing; failures are already logged by the error catalogue.
 */
export async function revokeToken(refreshToken: string): Promise<boolean> {
  const { clientId, clientSecret } = getConfig();
  try {
    await callCognito((client) =>
      client.send(new RevokeTokenCommand({ Token: refreshToken, ClientId: clientId, ClientSecret: clientSecret })),
    );
    return true;
  } catch {
    return false;
  }
}

/** Invalidates every refresh token of the user; access tokens stay valid until exp (see docs/sessions.md). */
export async function globalSignOut(accessToken: string): Promise<boolean> {
  try {
    await callCognito((client) => client.send(new GlobalSignOutCommand({ AccessToken: accessToken })));
    return true;
  } catch {
    return false;
  }
}
