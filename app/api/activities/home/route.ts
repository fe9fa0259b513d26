import { authenticateBearer } from "@/lib/api-auth";
import { json, jsonErrors, unauthorized } from "@/lib/api/responses";
import { authRateLimit, requestIpOf } from "@/lib/rate-limit";
import { tooManyRequests } from "@/lib/rate-limit/http";
import { getHomeActivities } from "@/lib/feed/activities";

/** The home feed; a valid access token (Bearer or session cookie) adds the signed-in cruds. */
export const GET = jsonErrors(async (request: Request) => {
  const limit = await authRateLimit.check("api", { ip: requestIpOf(request) });
  if (!limit.ok) return tooManyRequests(limit);
  const auth = await authenticateBearer(request);
  if (auth.kind === "invalid") return unauthorized("invalid_token");
  return json(getHomeActivities({ signedIn: auth.kind === "user", now: new Date() }));
});
