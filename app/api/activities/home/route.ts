import { admitApiRequest } from "@/lib/auth/api-request";
import { getHomeActivities } from "@/lib/feed/activities";
import { json, jsonErrors } from "@/lib/http/responses";

/** The home feed; a valid access token (Bearer or session cookie) adds the signed-in cruds. */
export const GET = jsonErrors(async (request: Request) => {
  const admitted = await admitApiRequest(request);
  if ("refused" in admitted) return admitted.refused;
  return json(getHomeActivities({ signedIn: admitted.auth.kind === "user", now: new Date() }));
});
