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

interface AccountDetails {
  email: string;
  emailVerified: boolean;
  totpEnabled: boolean;
}

const rethrowAs = (convert: (error: unknown) => Error) => (error: unknown) => {
  throw convert(error);
};

export async function accountDetails(accessToken: string): Promise<AccountDetails> {
  const output = await callCognito((client) => client.send(new GetUserCommand({ AccessToken: accessToken })));
  const attributes = new Map((output.UserAttributes ?? []).map((a) => [a.Name ?? "", a.Value ?? ""]));
  return {
    email: attributes.get("email") ?? "",
    emailVerified: attributes.get("email_verified") === "true",
    totpEnabled: (output.UserMFASettingList ?? []).includes("SOFTWARE_TOKEN_MFA"),
  };
}

export async function changePassword(accessToken: string, previous: string, proposed: string): Promise<void> {
  await callCognito((client) =>
    client.send(
      new ChangePasswordCommand({ AccessToken: accessToken, PreviousPassword: previous, ProposedPassword: proposed }),
    ),
  );
}

export async function requestEmailChange(accessToken: string, email: string): Promise<void> {
  await callCognito((client) =>
    client.send(
      new UpdateUserAttributesCommand({ AccessToken: accessToken, UserAttributes: [{ Name: "email", Value: email }] }),
    ),
  ).catch(rethrowAs(asAccountError));
}

export async function resendEmailCode(accessToken: string): Promise<void> {
  await callCognito((client) =>
    client.send(new GetUserAttributeVerificationCodeCommand({ AccessToken: accessToken, AttributeName: "email" })),
  ).catch(rethrowAs(asAccountError));
}

export async function verifyNewEmail(accessToken: string, code: string): Promise<void> {
  await callCognito((client) =>
    client.send(new VerifyUserAttributeCommand({ AccessToken: accessToken, AttributeName: "email", Code: code })),
  ).catch(rethrowAs(asEmailCodeError));
}

export async function deleteUser(accessToken: string): Promise<void> {
  await callCognito((client) => client.send(new DeleteUserCommand({ AccessToken: accessToken }))).catch(
    rethrowAs(asAccountError),
  );
}
