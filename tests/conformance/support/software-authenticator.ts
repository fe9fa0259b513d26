import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { encodeCBOR, type CBORType } from "@levischuck/tiny-cbor";

/**
 * A software passkey authenticator for the suite: a P-256 key pair (ES256, COSE alg -7) that answers
 * WebAuthn creation and request options with `none` or `packed` self attestation, as a browser's
 * PublicKeyCredential.toJSON() would. Tests bend one field at a time to provoke each refusal.
 */
export interface SoftwarePasskey {
  credentialId: Buffer;
  privateKey: KeyObject;
  cosePublicKey: Uint8Array;
  counter: number;
}

interface Ceremony {
  challenge: string;
  rpId: string;
  origin: string;
  userVerified?: boolean;
  /** Overrides the stored counter, e.g. to replay an older value. */
  counter?: number;
  type?: string;
}

const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_AT = 0x40;
const AAGUID = Buffer.alloc(16);

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");
const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest();

export function newPasskey(): SoftwarePasskey {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const jwk = publicKey.export({ format: "jwk" });
  const cose = new Map<number, CBORType>([
    [1, 2],
    [3, -7],
    [-1, 1],
    [-2, Buffer.from(jwk.x ?? "", "base64url")],
    [-3, Buffer.from(jwk.y ?? "", "base64url")],
  ]);
  return { credentialId: randomBytes(32), privateKey, cosePublicKey: encodeCBOR(cose), counter: 0 };
}

function authenticatorData(passkey: SoftwarePasskey, ceremony: Ceremony, attested: boolean): Buffer {
  const flags = FLAG_UP | (ceremony.userVerified === false ? 0 : FLAG_UV) | (attested ? FLAG_AT : 0);
  const counter = Buffer.alloc(4);
  counter.writeUInt32BE(ceremony.counter ?? passkey.counter);
  const parts = [sha256(ceremony.rpId), Buffer.from([flags]), counter];
  if (attested) {
    const length = Buffer.alloc(2);
    length.writeUInt16BE(passkey.credentialId.length);
    parts.push(AAGUID, length, passkey.credentialId, Buffer.from(passkey.cosePublicKey));
  }
  return Buffer.concat(parts);
}

const clientData = (ceremony: Ceremony, type: string) =>
  Buffer.from(
    JSON.stringify({
      type: ceremony.type ?? type,
      challenge: ceremony.challenge,
      origin: ceremony.origin,
      crossOrigin: false,
    }),
  );

const credentialFields = (passkey: SoftwarePasskey) => ({
  id: b64url(passkey.credentialId),
  rawId: b64url(passkey.credentialId),
  type: "public-key",
  authenticatorAttachment: "platform",
  clientExtensionResults: {},
});

const signed = (passkey: SoftwarePasskey, authData: Buffer, clientDataJSON: Buffer) =>
  sign("sha256", Buffer.concat([authData, sha256(clientDataJSON)]), passkey.privateKey);

function attestationStatement(
  format: "none" | "packed",
  attester: SoftwarePasskey,
  authData: Buffer,
  clientDataJSON: Buffer,
) {
  if (format === "none") return new Map<string, CBORType>();
  return new Map<string, CBORType>([
    ["alg", -7],
    ["sig", signed(attester, authData, clientDataJSON)],
  ]);
}

/** navigator.credentials.create() for `format` "none" or "packed" (self attestation, signed by `attester`). */
export function createCredential(
  passkey: SoftwarePasskey,
  ceremony: Ceremony,
  format: "none" | "packed" = "none",
  attester: SoftwarePasskey = passkey,
) {
  const authData = authenticatorData(passkey, ceremony, true);
  const clientDataJSON = clientData(ceremony, "webauthn.create");
  const attStmt = attestationStatement(format, attester, authData, clientDataJSON);
  const attestationObject = encodeCBOR(
    new Map<string, CBORType>([
      ["fmt", format],
      ["attStmt", attStmt],
      ["authData", authData],
    ]),
  );
  const response = { clientDataJSON: b64url(clientDataJSON), attestationObject: b64url(attestationObject) };
  return { ...credentialFields(passkey), response: { ...response, transports: ["internal", "hybrid"] } };
}

/** navigator.credentials.get(): an assertion that moves the counter forward unless told otherwise. */
export function getAssertion(passkey: SoftwarePasskey, ceremony: Ceremony) {
  if (ceremony.counter === undefined) passkey.counter += 1;
  const authData = authenticatorData(passkey, ceremony, false);
  const clientDataJSON = clientData(ceremony, "webauthn.get");
  return {
    ...credentialFields(passkey),
    response: {
      clientDataJSON: b64url(clientDataJSON),
      authenticatorData: b64url(authData),
      signature: b64url(signed(passkey, authData, clientDataJSON)),
    },
  };
}
