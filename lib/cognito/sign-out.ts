import "server-only";
import { GlobalSignOutCommand, RevokeTokenCommand } from "@aws-sdk/client-cognito-identity-provider";
import { getConfig } from "../config/env";
import { callCognito } from "./client";

// Sign-out must finish even when Cognito is unreachable: a boolean, never a throw (the catalogue logs it).
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

export async function globalSignOut(accessToken: string): Promise<boolean> {
  try {
    await callCognito((client) => client.send(new GlobalSignOutCommand({ AccessToken: accessToken })));
    return true;
  } catch {
    return false;
  }
}
