import "server-only";
import { serviceUnavailable, tooManyRequests, unauthorized } from "../http/responses";
import { authRateLimit, requestIpOf } from "./rate-limits";
import { authenticateApiCaller, type ApiAuth } from "./api-caller";

const SIGN_INS_UNAVAILABLE = {
  message: "We can't verify sign-ins right now. Please try again shortly.",
  retryAfterSeconds: 5,
};

export async function admitApiRequest(request: Request): Promise<{ refused: Response } | { auth: ApiAuth }> {
  const byAddress = await authRateLimit.check("api", { ip: requestIpOf(request) });
  if (!byAddress.ok) return { refused: tooManyRequests(byAddress) };
  const auth = await authenticateApiCaller(request);
  if (auth.kind === "unavailable") return { refused: serviceUnavailable(SIGN_INS_UNAVAILABLE) };
  if (auth.kind === "invalid") return { refused: unauthorized("invalid_token") };
  if (auth.kind === "anonymous") return { auth };
  const byUser = await authRateLimit.check("api", { ip: "", account: auth.claims.sub });
  return byUser.ok ? { auth } : { refused: tooManyRequests(byUser) };
}
