import "server-only";
import { GetUserCommand } from "@aws-sdk/client-cognito-identity-provider";
import { ExpiringMap } from "../expiring-map";
import type { SessionUser } from "../session/types";
import { callCognito } from "./client";

const profiles = new ExpiringMap<string, SessionUser>(10_000);

/**
 * The profile behind an access token (GetUser), for Bearer callers that bring no session
 * cookie. Cached per token until `expiresAtEpochS`. Throws AuthError.
 */
export async function getUserProfile(accessToken: string, expiresAtEpochS: number): Promise<SessionUser> {
  const cached = profiles.get(accessToken);
  if (cached) return cached;
  const output = await callCognito((client) => client.send(new GetUserCommand({ AccessToken: accessToken })));
  const attributes = new Map((output.UserAttributes ?? []).map((a) => [a.Name ?? "", a.Value ?? ""]));
  const username = output.Username ?? "";
  const user: SessionUser = {
    sub: attributes.get("sub") ?? "",
    username,
    email: attributes.get("email") ?? "",
    name: attributes.get("name") ?? "",
    handle: attributes.get("preferred_username") || username,
  };
  profiles.set(accessToken, user, expiresAtEpochS * 1000);
  return user;
}
