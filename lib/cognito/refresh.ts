import "server-only";
import { getConfig } from "../config/env";
import { logProblem } from "../log/problem-log";
import { toAuthError } from "./errors";
import { computeSecretHash } from "./secret-hash";
import { toTokens, type VendorAuthOutput } from "./tokens";
import type { AuthTokens } from "./types";

const TIMEOUT_MS = 5_000;
const inFlight = new Map<string, Promise<AuthTokens>>();

async function callCognito(operation: string, input: object): Promise<AuthTokens> {
  const { region, cognitoEndpoint } = getConfig();
  const response = await fetch(cognitoEndpoint ?? `https://cognito-idp.${region}.amazonaws.com/`, {
    method: "POST",
    signal: AbortSignal.timeout(TIMEOUT_MS),
    headers: {
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(input),
  });
  const body = (await response.json().catch(() => ({}))) as VendorAuthOutput & { __type?: string; message?: string };
  const tokens = response.ok ? toTokens(body.AuthenticationResult) : null;
  if (tokens) return tokens;
  const name = errorName(body.__type ?? response.headers.get("x-amzn-errortype") ?? "");
  if (operation === "InitiateAuth" && name === "InvalidParameterException") {
    logProblem("cognito.refresh-flow-refused", {
      hint: "a rotating app client needs AWS_COGNITO_REFRESH_TOKEN_ROTATION=true",
    });
  }
  throw toAuthError({
    name,
    message: body.message,
    $metadata: { httpStatusCode: response.status, requestId: response.headers.get("x-amzn-requestid") ?? undefined },
  });
}

// From "com.amazonaws…#NotAuthorizedException" or "NotAuthorizedException:http://…".
function errorName(type: string): string {
  return type.split(":")[0]?.split("#").pop() ?? "";
}

async function requestRefresh(refreshToken: string, username: string): Promise<AuthTokens> {
  const { clientId, clientSecret, refreshTokenRotation } = getConfig();
  if (refreshTokenRotation) {
    return callCognito("GetTokensFromRefreshToken", {
      ClientId: clientId,
      RefreshToken: refreshToken,
      ...(clientSecret && { ClientSecret: clientSecret }),
    });
  }
  const secretHash = clientSecret ? await computeSecretHash(clientSecret, username, clientId) : undefined;
  return callCognito("InitiateAuth", {
    AuthFlow: "REFRESH_TOKEN_AUTH",
    ClientId: clientId,
    AuthParameters: { REFRESH_TOKEN: refreshToken, ...(secretHash && { SECRET_HASH: secretHash }) },
  });
}

export function refreshTokens(refreshToken: string, username: string): Promise<AuthTokens> {
  let pending = inFlight.get(refreshToken);
  if (!pending) {
    pending = requestRefresh(refreshToken, username)
      .catch((error: unknown) => {
        throw toAuthError(error);
      })
      .finally(() => inFlight.delete(refreshToken));
    inFlight.set(refreshToken, pending);
  }
  return pending;
}
