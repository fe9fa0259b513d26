import { epochSeconds } from "../../clock";
import { invalidParameter, resourceNotFound } from "../../errors";
import type { Passkey } from "../../store/types";
import { authenticateAccessToken } from "../../tokens/verify-access";
import { touch, type Ctx } from "../context";
import { optionalNumber, optionalString, requiredString, type Input } from "../input";

const view = (passkey: Passkey) => ({
  CredentialId: passkey.credentialId,
  FriendlyCredentialName: passkey.friendlyName,
  RelyingPartyId: passkey.relyingPartyId,
  ...(passkey.attachment ? { AuthenticatorAttachment: passkey.attachment } : {}),
  AuthenticatorTransports: passkey.transports,
  CreatedAt: epochSeconds(passkey.createdAt),
});

function listWebAuthnCredentials(ctx: Ctx, input: Input) {
  const { user } = authenticateAccessToken(ctx, requiredString(input, "AccessToken"));
  const max = optionalNumber(input, "MaxResults") ?? 20;
  if (!Number.isInteger(max) || max < 1 || max > 20) {
    throw invalidParameter(
      "1 validation error detected: Value at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 20",
    );
  }
  const passkeys = user.passkeys ?? [];
  const after = optionalString(input, "NextToken");
  const start = after ? passkeys.findIndex((passkey) => passkey.credentialId === after) + 1 : 0;
  const page = passkeys.slice(start, start + max);
  const last = page.at(-1);
  return {
    Credentials: page.map(view),
    ...(last && start + max < passkeys.length ? { NextToken: last.credentialId } : {}),
  };
}

function deleteWebAuthnCredential(ctx: Ctx, input: Input) {
  const { user } = authenticateAccessToken(ctx, requiredString(input, "AccessToken"));
  const credentialId = requiredString(input, "CredentialId");
  const passkeys = user.passkeys ?? [];
  if (!passkeys.some((passkey) => passkey.credentialId === credentialId)) {
    throw resourceNotFound(`The user has no passkey with credential id ${credentialId}.`);
  }
  user.passkeys = passkeys.filter((passkey) => passkey.credentialId !== credentialId);
  touch(user, ctx);
  return {};
}

export const credentialOperations = {
  ListWebAuthnCredentials: listWebAuthnCredentials,
  DeleteWebAuthnCredential: deleteWebAuthnCredential,
};
