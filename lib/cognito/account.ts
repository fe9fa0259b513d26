import "server-only";
import {
  ChangePasswordCommand,
  DeleteUserCommand,
  GetUserAttributeVerificationCodeCommand,
  GetUserCommand,
  UpdateUserAttributesCommand,
  VerifyUserAttributeCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { callCognito } from "./client";
import { asAccountError, asEmailCodeError } from "./errors";

/** What the account page shows about the signed-in user, from GetUser. */
interface AccountDetails {
  email: string;
  emailVerified: boolean;
  /** TOTP is on: the authenticator app is asked for at every sign-in. */
  totpEnabled: boolean;
}

const rethrowAs = (convert: (error: unknown) => Error) => (error: unknown) => {
  throw convert(error);
};

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

/** Emails a code to `email`; the current address stays until it is verified. Throws AuthError: "email-taken". */
export async function requestEmailChange(accessToken: string, email: string): Promise<void> {
  await callCognito((client) =>
    client.send(
      new UpdateUserAttributesCommand({ AccessToken: accessToken, UserAttributes: [{ Name: "email", Value: email }] }),
    ),
  ).catch(rethrowAs(asAccountError));
}

/** Sends the code for the address waiting to be verified again. Throws AuthError. */
export async function resendEmailCode(accessToken: string): Promise<void> {
  await callCognito((client) =>
    client.send(new GetUserAttributeVerificationCodeCommand({ AccessToken: accessToken, AttributeName: "email" })),
  ).catch(rethrowAs(asAccountError));
}

/** Switches to the new address. Throws AuthError: "code-mismatch", "expired-code", "email-taken". */
export async function verifyNewEmail(accessToken: string, code: string): Promise<void> {
  await callCognito((client) =>
    client.send(new VerifyUserAttributeCommand({ AccessToken: accessToken, AttributeName: "email", Code: code })),
  ).catch(rethrowAs(asEmailCodeError));
}

/** Throws AuthError. */
export async function deleteUser(accessToken: string): Promise<void> {
  await callCognito((client) => client.send(new DeleteUserCommand({ AccessToken: accessToken }))).catch(
    rethrowAs(asAccountError),
  );
}
