import "server-only";
import { getConfig } from "../config/env";
import { toAuthError } from "./errors";
import { computeSecretHash } from "./secret-hash";
import { toTokens, type VendorAuthOutput } from "./tokens";
import type { AuthTokens } from "./types";

const TIMEOUT_MS = 5_000;
const inFlight = new Map<string, Promise<AuthTokens>>();

/**
 * Cognito's JSON protocol spoken with fetch rather than the SDK: this runs in Edge middleware
 * on every expiring session, where a small bundle and Web APIs only matter.
 */
async function initiateRefresh(refreshToken: string, username: string): Promise<AuthTokens> {
  const { region, cognitoEndpoint, clientId, clientSecret } = getConfig();
  const secretHash = clientSecret ? await computeSecretHash(clientSecret, username, clientId) : undefined;
  const response = await fetch(cognitoEndpoint ?? `https://cognito-idp.${region}.amazonaws.com/`, {
    method: "POST",
    signal: AbortSignal.timeout(TIMEOUT_MS),
    headers: {
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": "AWSCognitoIdentityProviderService.InitiateAuth",
    },
    body: JSON.stringify({
      AuthFlow: "REFRESH_TOKEN_AUTH",
      ClientId: clientId,
      AuthParameters: { REFRESH_TOKEN: refreshToken, ...(secretHash && { SECRET_HASH: secretHash }) },
    }),
  });
  const body = (await response.json().catch(() => ({}))) as VendorAuthOutput & { __type?: string; message?: string };
  const tokens = response.ok ? toTokens(body.AuthenticationResult) : null;
  if (tokens) return tokens;
  throw toAuthError({
    name: errorName(body.__type ?? response.headers.get("x-amzn-errortype") ?? ""),
    message: body.message,
    $metadata: { httpStatusCode: response.status, requestId: response.headers.get("x-amzn-requestid") ?? undefined },
  });
}

/** "NotAuthorizedException", from "com.amazonaws…#NotAuthorizedException" or "NotAuthorizedException:http://…". */
function errorName(type: string): string {
  return type.split(":")[0]?.split("#").pop() ?? "";
}

/**
 * REFRESH_TOKEN_AUTH: new access and ID tokens (a refresh token only if the pool rotates them).
 * Concurrent refreshes of one token share a single call. Throws AuthError; "session-expired"
 * means the refresh token is revoked or expired.
 */
export function refreshTokens(refreshToken: string, username: string): Promise<AuthTokens> {
  let pending = inFlight.get(refreshToken);
  if (!pending) {
    pending = initiateRefresh(refreshToken, username)
      .catch((error: unknown) => {
        throw toAuthError(error);
      })
      .finally(() => inFlight.delete(refreshToken));
    inFlight.set(refreshToken, pending);
  }
  return pending;
}
