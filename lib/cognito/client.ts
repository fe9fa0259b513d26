import "server-only";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { getConfig } from "../config/env";
import { computeSecretHash } from "./secret-hash";
import { toAuthError, type AuthError } from "./errors";

function createClient(): CognitoIdentityProviderClient {
  const { region, cognitoEndpoint, emulated } = getConfig();
  return new CognitoIdentityProviderClient({
    region,
    endpoint: cognitoEndpoint,
    maxAttempts: 2,
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 5_000, throwOnRequestTimeout: true },
    // The emulator accepts any signature; admin calls (DescribeUserPool) still need one.
    ...(emulated && { credentials: { accessKeyId: "emulator", secretAccessKey: "emulator" } }),
  });
}

let client: CognitoIdentityProviderClient | undefined;

export async function callCognito<T>(
  run: (client: CognitoIdentityProviderClient) => Promise<T>,
  toAppError: (error: unknown) => AuthError = toAuthError,
): Promise<T> {
  client ??= createClient();
  try {
    return await run(client);
  } catch (error) {
    throw toAppError(error);
  }
}

export async function secretHashFor(username: string): Promise<string | undefined> {
  const { clientSecret, clientId } = getConfig();
  return clientSecret ? computeSecretHash(clientSecret, username, clientId) : undefined;
}
