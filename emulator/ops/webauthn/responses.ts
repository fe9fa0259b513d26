import type {
  AuthenticationResponseJSON,
  AuthenticatorAttachment,
  AuthenticatorTransportFuture,
  RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { decodeClientDataJSON, type ClientDataJSON } from "@simplewebauthn/server/helpers";
import { invalidParameter } from "../../errors";

const TRANSPORTS: readonly string[] = ["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"];

type Json = Record<string, unknown>;
const isJson = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === "string" && value.length > 0;
const isTransport = (value: unknown): value is AuthenticatorTransportFuture =>
  typeof value === "string" && TRANSPORTS.includes(value);
const isAttachment = (value: unknown): value is AuthenticatorAttachment =>
  value === "platform" || value === "cross-platform";

function credentialBase(value: unknown, what: string, fields: string[]) {
  if (!isJson(value) || !isText(value.id) || !isText(value.rawId) || value.type !== "public-key") {
    throw invalidParameter(`${what} must be a public-key credential with id, rawId and response.`);
  }
  const response = value.response;
  if (!isJson(response) || fields.some((field) => !isText(response[field]))) {
    throw invalidParameter(`${what}.response needs ${fields.join(", ")}.`);
  }
  const attachment = isAttachment(value.authenticatorAttachment)
    ? { authenticatorAttachment: value.authenticatorAttachment }
    : {};
  return { id: value.id, rawId: value.rawId, response, attachment };
}

const text = (response: Json, field: string) => String(response[field]);

/** A RegistrationResponseJSON (PublicKeyCredential.toJSON() after navigator.credentials.create). */
export function asRegistrationResponse(value: unknown): RegistrationResponseJSON {
  const { id, rawId, response, attachment } = credentialBase(value, "Credential", [
    "clientDataJSON",
    "attestationObject",
  ]);
  const transports = Array.isArray(response.transports) ? response.transports.filter(isTransport) : [];
  return {
    id,
    rawId,
    type: "public-key",
    clientExtensionResults: {},
    ...attachment,
    response: {
      clientDataJSON: text(response, "clientDataJSON"),
      attestationObject: text(response, "attestationObject"),
      transports,
    },
  };
}

/** An AuthenticationResponseJSON, sent as the JSON text of the CREDENTIAL challenge response. */
export function asAuthenticationResponse(credentialText: string): AuthenticationResponseJSON {
  let value: unknown;
  try {
    value = JSON.parse(credentialText);
  } catch {
    throw invalidParameter("CREDENTIAL must be the JSON of an AuthenticationResponseJSON.");
  }
  const fields = ["clientDataJSON", "authenticatorData", "signature"];
  const { id, rawId, response, attachment } = credentialBase(value, "CREDENTIAL", fields);
  return {
    id,
    rawId,
    type: "public-key",
    clientExtensionResults: {},
    ...attachment,
    response: {
      clientDataJSON: text(response, "clientDataJSON"),
      authenticatorData: text(response, "authenticatorData"),
      signature: text(response, "signature"),
      ...(isText(response.userHandle) ? { userHandle: response.userHandle } : {}),
    },
  };
}

export function clientDataOf(clientDataJSON: string): ClientDataJSON {
  try {
    return decodeClientDataJSON(clientDataJSON);
  } catch {
    throw invalidParameter("clientDataJSON is not base64url-encoded JSON.");
  }
}
