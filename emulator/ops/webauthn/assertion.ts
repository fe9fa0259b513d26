import { verifyAuthenticationResponse, type AuthenticatorTransportFuture } from "@simplewebauthn/server";
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import { notAuthorized } from "../../errors";
import type { Passkey, PoolRecord, UserRecord } from "../../store/types";
import { touch, type Ctx } from "../context";
import { originAllowed, relyingPartyOf, userVerificationRequired } from "./relying-party";
import { REGISTRATION_TIMEOUT_MS } from "./registration";
import { asAuthenticationResponse, clientDataOf } from "./responses";

const TRANSPORTS: readonly string[] = ["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"];
const isTransport = (value: string): value is AuthenticatorTransportFuture => TRANSPORTS.includes(value);

const refused = (reason: string) => notAuthorized(`The passkey could not be verified: ${reason}.`);

/** CREDENTIAL_REQUEST_OPTIONS: PublicKeyCredentialRequestOptionsJSON for the user's passkeys, as a JSON string. */
export function requestOptions(pool: PoolRecord, user: UserRecord, challenge: string): string {
  return JSON.stringify({
    challenge,
    rpId: relyingPartyOf(pool),
    timeout: REGISTRATION_TIMEOUT_MS,
    allowCredentials: (user.passkeys ?? []).map((passkey) => ({
      type: "public-key",
      id: passkey.credentialId,
      transports: passkey.transports,
    })),
    userVerification: userVerificationRequired(pool) ? "required" : "preferred",
  });
}

function storedCredential(passkey: Passkey) {
  return {
    id: passkey.credentialId,
    publicKey: isoBase64URL.toBuffer(passkey.publicKey),
    counter: passkey.counter,
    transports: passkey.transports.filter(isTransport),
  };
}

/** A counter that does not grow (while either side counts) means a cloned authenticator. */
function acceptCounter(passkey: Passkey, counter: number): void {
  if ((counter !== 0 || passkey.counter !== 0) && counter <= passkey.counter) {
    throw refused("the signature counter went backwards");
  }
  passkey.counter = counter;
}

/** Verifies a WEB_AUTHN answer for `challenge` and records the authenticator's new signature counter. */
export async function verifyAssertion(
  ctx: Ctx,
  pool: PoolRecord,
  user: UserRecord,
  challenge: string,
  credential: string,
) {
  const rpId = relyingPartyOf(pool);
  const response = asAuthenticationResponse(credential);
  const passkey = (user.passkeys ?? []).find((candidate) => candidate.credentialId === response.id);
  if (!passkey) throw refused("the credential is not registered to this user");
  const clientData = clientDataOf(response.response.clientDataJSON);
  if (clientData.challenge !== challenge) throw refused("the challenge does not match");
  if (!originAllowed(clientData.origin, rpId)) throw refused(`the origin ${clientData.origin} is not allowed`);
  const result = await verifyAuthenticationResponse({
    response,
    expectedChallenge: challenge,
    expectedOrigin: clientData.origin,
    expectedRPID: rpId,
    credential: storedCredential(passkey),
    requireUserVerification: userVerificationRequired(pool),
  }).catch((error: unknown) => {
    throw refused(error instanceof Error ? error.message : String(error));
  });
  if (!result.verified) throw refused("the signature is not valid");
  const current = (user.passkeys ?? []).find((candidate) => candidate.credentialId === response.id);
  if (!current) throw refused("the credential was removed");
  acceptCounter(current, result.authenticationInfo.newCounter);
  touch(user, ctx);
}
