import type { ApiAuth } from "@/lib/auth/api-caller";
import { profileFor } from "@/lib/auth/api-profile";
import { admitApiRequest } from "@/lib/auth/api-request";
import { attempt } from "@/lib/cognito/attempt";
import type { User } from "@/lib/cognito/types";
import { json, jsonErrors, serviceUnavailable, tooManyRequests, unauthorized } from "@/lib/http/responses";

/** The caller's identity. A Bearer caller's profile comes from Cognito (GetUser), reused briefly. */
export const GET = jsonErrors(async (request: Request) => {
  const admitted = await admitApiRequest(request);
  if ("refused" in admitted) return admitted.refused;
  const { auth } = admitted;
  if (auth.kind !== "user") return unauthorized("missing");
  return profileResponse(auth);
});

async function profileResponse(auth: Extract<ApiAuth, { kind: "user" }>) {
  if (auth.source === "cookie") return json(publicProfile(auth.user));
  const profile = await attempt(() => profileFor(auth.accessToken));
  if (profile.ok) return json(publicProfile(profile.value));
  const { code, message, retryAfterSeconds = 10 } = profile.error;
  if (code === "throttled" || code === "limit-exceeded") return tooManyRequests({ message, retryAfterSeconds });
  if (code === "service-unavailable") return serviceUnavailable({ message, retryAfterSeconds });
  return unauthorized("invalid_token");
}

const publicProfile = ({ sub, username, email, name, handle }: User) => ({ sub, username, email, name, handle });
