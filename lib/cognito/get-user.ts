import "server-only";
import { GetUserCommand } from "@aws-sdk/client-cognito-identity-provider";
import type { User } from "./types";
import { callCognito } from "./client";

// Not cached on purpose: Cognito refuses a token revoked anywhere, so this doubles as a revocation check.
export async function getUserProfile(accessToken: string): Promise<User> {
  const output = await callCognito((client) => client.send(new GetUserCommand({ AccessToken: accessToken })));
  const attributes = new Map((output.UserAttributes ?? []).map((a) => [a.Name ?? "", a.Value ?? ""]));
  const username = output.Username ?? "";
  return {
    sub: attributes.get("sub") ?? "",
    username,
    email: attributes.get("email") ?? "",
    name: attributes.get("name") ?? "",
    handle: attributes.get("preferred_username") || username,
  };
}
