import { invalidParameter, notAuthorized } from "../../errors";
import { newOpaqueToken } from "../../ids";
import type { ClientRecord, PoolRecord, UserRecord } from "../../store/types";
import type { ChallengeAnswer } from "../auth-outcome";
import { issueChallenge } from "../challenges/session";
import type { AuthOutcome } from "../auth-outcome";
import type { Ctx } from "../context";
import { requestOptions, verifyAssertion } from "../webauthn/assertion";
import { isPhantom, phantomData } from "./phantom";
import { passwordlessSignIn } from "./sign-in";

/** Asks for a passkey assertion; CREDENTIAL_REQUEST_OPTIONS is the JSON for navigator.credentials.get. */
export function webAuthnChallenge(
  ctx: Ctx,
  pool: PoolRecord,
  client: ClientRecord,
  user: UserRecord,
  phantom: boolean,
): AuthOutcome {
  const challenge = newOpaqueToken(32);
  const data = { challenge, ...phantomData(phantom) };
  return {
    ChallengeName: "WEB_AUTHN",
    Session: issueChallenge(ctx, pool, client, user, "WEB_AUTHN", data),
    ChallengeParameters: { CREDENTIAL_REQUEST_OPTIONS: requestOptions(pool, user, challenge) },
  };
}

/** One assertion per session: a failed one spends it, as a replayed one would. */
export async function answerWebAuthn({ ctx, pool, client, user, challenge, responses }: ChallengeAnswer) {
  const credential = responses.CREDENTIAL;
  if (!credential) throw invalidParameter("Missing required parameter CREDENTIAL");
  challenge.used = true;
  const expected = challenge.data?.challenge;
  if (isPhantom(challenge) || !expected) throw notAuthorized("The passkey could not be verified.");
  await verifyAssertion(ctx, pool, user, expected, credential);
  return passwordlessSignIn(ctx, pool, client, user);
}
