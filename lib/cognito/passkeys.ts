import "server-only";
import {
  CompleteWebAuthnRegistrationCommand,
  DeleteWebAuthnCredentialCommand,
  ListWebAuthnCredentialsCommand,
  StartWebAuthnRegistrationCommand,
  type CompleteWebAuthnRegistrationCommandInput,
} from "@aws-sdk/client-cognito-identity-provider";
import { callCognito } from "./client";
import { asPasskeyError } from "./errors";

export interface Passkey {
  id: string;
  name: string;
  createdAt: Date;
  attachment?: string;
  transports: string[];
}

const MAX_PASSKEYS = 20;

export async function startPasskeyRegistration(accessToken: string): Promise<string> {
  const output = await callCognito(
    (client) => client.send(new StartWebAuthnRegistrationCommand({ AccessToken: accessToken })),
    asPasskeyError,
  );
  return JSON.stringify(output.CredentialCreationOptions ?? {});
}

export async function completePasskeyRegistration(
  accessToken: string,
  credential: Record<string, unknown>,
): Promise<void> {
  const Credential = JSON.parse(JSON.stringify(credential)) as CompleteWebAuthnRegistrationCommandInput["Credential"];
  await callCognito(
    (client) => client.send(new CompleteWebAuthnRegistrationCommand({ AccessToken: accessToken, Credential })),
    asPasskeyError,
  );
}

// A user has at most 20 passkeys: one page.
export async function listPasskeys(accessToken: string): Promise<Passkey[]> {
  const output = await callCognito(
    (client) => client.send(new ListWebAuthnCredentialsCommand({ AccessToken: accessToken, MaxResults: MAX_PASSKEYS })),
    asPasskeyError,
  );
  return (output.Credentials ?? []).map((credential) => ({
    id: credential.CredentialId ?? "",
    name: credential.FriendlyCredentialName || "Passkey",
    createdAt: credential.CreatedAt ?? new Date(0),
    attachment: credential.AuthenticatorAttachment,
    transports: credential.AuthenticatorTransports ?? [],
  }));
}

export async function deletePasskey(accessToken: string, credentialId: string): Promise<void> {
  await callCognito(
    (client) =>
      client.send(new DeleteWebAuthnCredentialCommand({ AccessToken: accessToken, CredentialId: credentialId })),
    asPasskeyError,
  );
}
