import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { isLoopbackUrl } from "../../lib/config/emulator";

export type Env = Record<string, string | undefined>;

/**
 * The SDK client for provisioning: the standard AWS chain for region and credentials, pointed at
 * AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER when set. Against a loopback endpoint (the emulator)
 * with no credentials configured, dummy credentials stand in, since the emulator accepts any.
 */
export function createCognitoClient(env: Env = process.env): CognitoIdentityProviderClient {
  const endpoint = env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER;
  const local = isLoopbackUrl(endpoint);
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? (local ? "us-east-1" : undefined);
  const hasCredentials = Boolean(env.AWS_ACCESS_KEY_ID || env.AWS_PROFILE);
  return new CognitoIdentityProviderClient({
    ...(region ? { region } : {}),
    ...(endpoint ? { endpoint } : {}),
    ...(local && !hasCredentials ? { credentials: { accessKeyId: "emulator", secretAccessKey: "emulator" } } : {}),
  });
}
