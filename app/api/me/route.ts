import { authenticateBearer, type ApiAuth } from "@/lib/auth/api-caller";
import { json, jsonErrors, serviceUnavailable, tooManyRequests, unauthorized } from "@/lib/http/responses";
import { getUserProfile } from "@/lib/cognito/get-user";
import { toAuthError } from "@/lib/cognito/errors";
import { authRateLimit, requestIpOf } from "@/lib/rate-limit";

/** The caller's identity. A Bearer caller's profile comes from Cognito, which also refuses revoked tokens. */
export const GET = jsonErrors(async (request: Request) => {
  const limit = await authRateLimit.check("api", { ip: requestIpOf(request) });
  if (!limit.ok) return tooManyRequests(limit);
  const auth = await authenticateBearer(request);
  if (auth.kind !== "user") return unauthorized(auth.kind === "invalid" ? "invalid_token" : "missing");
  return profileResponse(auth);
});

async function profileResponse(auth: Extract<ApiAuth, { kind: "user" }>) {
  try {
    const { sub, username, email, name, handle } =
      auth.source === "cookie" ? auth.user : await getUserProfile(auth.accessToken);
    return json({ sub, username, email, name, handle });
  } catch (error) {
    const { code, message, retryAfterSeconds = 10 } = toAuthError(error);
    if (code === "throttled" || code === "limit-exceeded") return tooManyRequests({ message, retryAfterSeconds });
    if (code === "service-unavailable") return serviceUnavailable({ message, retryAfterSeconds });
    return unauthorized("invalid_token");
  }
}
