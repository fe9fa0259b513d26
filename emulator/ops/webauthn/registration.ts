import { verifyRegistrationResponse, type RegistrationResponseJSON } from "@simplewebauthn/server";
import { decodeAttestationObject, isoBase64URL, parseAuthenticatorData } from "@simplewebauthn/server/helpers";
import { CognitoError, invalidParameter, webAuthn } from "../../errors";
import { newOpaqueToken } from "../../ids";
import type { Passkey, PoolRecord, UserRecord } from "../../store/types";
import { authenticateAccessToken } from "../../tokens/verify-access";
import { touch, type Ctx } from "../context";
import { requiredString, type Input } from "../input";
import { originAllowed, relyingPartyOf, rpIdHashMatches, userVerificationRequired } from "./relying-party";
import { asRegistrationResponse, clientDataOf } from "./responses";

export const REGISTRATION_TIMEOUT_MS = 5 * 60 * 1000;
const MAX_PASSKEYS = 20;
/** ES256 and RS256, the algorithms WebAuthn asks every relying party to accept. */
const ALGORITHMS = [-7, -257];

const descriptor = (passkey: Passkey) => ({
  type: "public-key",
  id: passkey.credentialId,
  transports: passkey.transports,
});

function creationOptions(pool: PoolRecord, user: UserRecord, rpId: string, challenge: string) {
  const name = user.attributes.email ?? user.username;
  return {
    challenge,
    rp: { id: rpId, name: rpId },
    user: {
      id: Buffer.from(user.attributes.sub ?? user.username).toString("base64url"),
      name,
      displayName: user.attributes.name ?? name,
    },
    pubKeyCredParams: ALGORITHMS.map((alg) => ({ type: "public-key", alg })),
    timeout: REGISTRATION_TIMEOUT_MS,
    excludeCredentials: (user.passkeys ?? []).map(descriptor),
    authenticatorSelection: {
      requireResidentKey: true,
      residentKey: "required",
      userVerification: userVerificationRequired(pool) ? "required" : "preferred",
    },
  };
}

function startWebAuthnRegistration(ctx: Ctx, input: Input) {
  const { pool, user, session } = authenticateAccessToken(ctx, requiredString(input, "AccessToken"));
  const rpId = relyingPartyOf(pool);
  const challenge = newOpaqueToken(32);
  user.passkeyRegistration = { challenge, clientId: session.clientId, expiresAt: ctx.now() + REGISTRATION_TIMEOUT_MS };
  return { CredentialCreationOptions: creationOptions(pool, user, rpId, challenge) };
}

/** The checks whose failure AWS names with its own WebAuthn* exception, in the order a ceremony can fail. */
function checkCeremony(ctx: Ctx, user: UserRecord, clientId: string, rpId: string, response: RegistrationResponseJSON) {
  const pending = user.passkeyRegistration;
  delete user.passkeyRegistration;
  if (!pending || pending.expiresAt <= ctx.now()) throw webAuthn.challengeNotFound();
  if (pending.clientId !== clientId) throw webAuthn.clientMismatch();
  const clientData = clientDataOf(response.response.clientDataJSON);
  if (clientData.challenge !== pending.challenge) throw webAuthn.challengeNotFound();
  if (clientData.type !== "webauthn.create") throw invalidParameter("clientDataJSON.type must be webauthn.create.");
  if (!originAllowed(clientData.origin, rpId)) throw webAuthn.originNotAllowed(clientData.origin);
  return { challenge: pending.challenge, origin: clientData.origin };
}

function checkAuthenticatorData(pool: PoolRecord, rpId: string, response: RegistrationResponseJSON): void {
  let authData;
  try {
    authData = parseAuthenticatorData(
      decodeAttestationObject(isoBase64URL.toBuffer(response.response.attestationObject)).get("authData"),
    );
  } catch {
    throw invalidParameter("attestationObject is not a CBOR attestation object.");
  }
  if (!rpIdHashMatches(authData.rpIdHash, rpId)) throw webAuthn.relyingPartyMismatch();
  if (userVerificationRequired(pool) && !authData.flags.uv) {
    throw webAuthn.notSupported(
      "the user pool requires user verification and the authenticator did not verify the user",
    );
  }
}

function assertRoomFor(pool: PoolRecord, user: UserRecord, credentialId: string): void {
  const taken = Object.values(pool.users).some((other) =>
    (other.passkeys ?? []).some((passkey) => passkey.credentialId === credentialId),
  );
  if (taken) throw invalidParameter("This passkey is already registered.");
  if ((user.passkeys ?? []).length >= MAX_PASSKEYS) {
    throw new CognitoError("LimitExceededException", `A user can register at most ${MAX_PASSKEYS} passkeys.`);
  }
}

async function verify(
  response: RegistrationResponseJSON,
  expected: { challenge: string; origin: string; rpId: string },
) {
  const result = await verifyRegistrationResponse({
    response,
    expectedChallenge: expected.challenge,
    expectedOrigin: expected.origin,
    expectedRPID: expected.rpId,
    requireUserVerification: false,
    supportedAlgorithmIDs: ALGORITHMS,
  }).catch((error: unknown) => {
    throw webAuthn.notSupported(error instanceof Error ? error.message : String(error));
  });
  if (!result.verified) throw webAuthn.notSupported("the attestation could not be verified");
  return result.registrationInfo;
}

async function completeWebAuthnRegistration(ctx: Ctx, input: Input) {
  const { pool, user, session } = authenticateAccessToken(ctx, requiredString(input, "AccessToken"));
  const rpId = relyingPartyOf(pool);
  const response = asRegistrationResponse(input.Credential);
  const expected = { ...checkCeremony(ctx, user, session.clientId, rpId, response), rpId };
  checkAuthenticatorData(pool, rpId, response);
  assertRoomFor(pool, user, response.id);
  const { credential } = await verify(response, expected);
  assertRoomFor(pool, user, credential.id);
  const passkey: Passkey = {
    credentialId: credential.id,
    publicKey: isoBase64URL.fromBuffer(credential.publicKey),
    counter: credential.counter,
    transports: response.response.transports ?? [],
    ...(response.authenticatorAttachment ? { attachment: response.authenticatorAttachment } : {}),
    friendlyName: `${response.authenticatorAttachment === "platform" ? "Device passkey" : "Passkey"} ${credential.id.slice(0, 8)}`,
    relyingPartyId: rpId,
    createdAt: ctx.now(),
  };
  user.passkeys = [...(user.passkeys ?? []), passkey];
  touch(user, ctx);
  return {};
}

export const registrationOperations = {
  StartWebAuthnRegistration: startWebAuthnRegistration,
  CompleteWebAuthnRegistration: completeWebAuthnRegistration,
};
