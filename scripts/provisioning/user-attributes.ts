import type { AttributeType } from "@aws-sdk/client-cognito-identity-provider";

/** A Cruddur account's attributes as an administrator creates it: the email already verified. */
export function verifiedUserAttributes(user: { email: string; name: string; handle: string }): AttributeType[] {
  return [
    { Name: "email", Value: user.email },
    { Name: "email_verified", Value: "true" },
    { Name: "name", Value: user.name },
    { Name: "preferred_username", Value: user.handle },
  ];
}
