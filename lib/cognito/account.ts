import "server-only";
import { ChangePasswordCommand, DeleteUserCommand, GetUserCommand } from "@aws-sdk/client-cognito-identity-provider";
import { callCognito } from "./client";

/** What the account page shows about the signed-in user, from GetUser. */
interface AccountDetails {
  email: string;
  emailVerified: boolean;
  /** TOTP is on: the authenticator app is asked for at every sign-in. */
  totpEnabled: boolean;
}

/** Throws AuthError. */
export async function accountDetails(accessToken: string): Promise<AccountDetails> {
  const output = await callCognito((client) => client.send(new GetUserCommand({ AccessToken: accessToken })));
  const attributes = new Map((output.UserAttributes ?? []).map((a) => [a.Name ?? "", a.Value ?? ""]));
  return {
    email: attributes.get("email") ?? "",
    emailVerified: attributes.get("email_verified") === "true",
    totpEnabled: (output.UserMFASettingList ?? []).includes("SOFTWARE_TOKEN_MFA"),
  };
}

/** Throws AuthError: "invalid-credentials" for a wrong current password, "invalid-password" for the new one. */
export async function changePassword(accessToken: string, previous: string, proposed: string): Promise<void> {
  await callCognito((client) =>
    client.send(
      new ChangePasswordCommand({ AccessToken: accessToken, PreviousPassword: previous, ProposedPassword: proposed }),
    ),
  );
}

/** Throws AuthError. */
export async function deleteUser(accessToken: string): Promise<void> {
  await callCognito((client) => client.send(new DeleteUserCommand({ AccessToken: accessToken })));
}
