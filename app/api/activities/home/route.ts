import { authenticateBearer } from "@/lib/auth/api-caller";
import { json, jsonErrors, tooManyRequests, unauthorized } from "@/lib/http/responses";
import { authRateLimit, requestIpOf } from "@/lib/rate-limit";
import { getHomeActivities } from "@/lib/feed/activities";

/** The home feed; a valid access token (Bearer or session cookie) adds the signed-in cruds. */
export const GET = jsonErrors(async (request: Request) => {
  const limit = await authRateLimit.check("api", { ip: requestIpOf(request) });
  if (!limit.ok) return tooManyRequests(limit);
  const auth = await authenticateBearer(request);
  if (auth.kind === "invalid") return unauthorized("invalid_token");
  return json(getHomeActivities({ signedIn: auth.kind === "user", now: new Date() }));
});
