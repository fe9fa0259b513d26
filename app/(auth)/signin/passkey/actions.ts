"use server";

import { redirect } from "next/navigation";
import { continueSignIn } from "@/lib/auth/continue-sign-in";
import { attempt } from "@/lib/cognito/attempt";
import { respondToPasskey, startChoiceSignIn } from "@/lib/cognito/choice-sign-in";
import { AuthError, isSpentStep } from "@/lib/cognito/errors";
import { readChallengeAt } from "@/lib/flow-state/challenge";
import { textFields } from "@/lib/forms/form-fields";
import { failure, type FormState } from "@/lib/forms/form-state";
import { authRateLimit, requestIp } from "@/lib/auth/rate-limits";
import { startAgain } from "../start-again";

/** An assertion (PublicKeyCredential.toJSON()) is a few hundred bytes; anything far larger is not one. */
const MAX_CREDENTIAL_LENGTH = 16 * 1024;

/**
 * Answers WEB_AUTHN with the browser's assertion. Cognito spends the session on any answer, so a
 * refused passkey starts a fresh passkey challenge (the page re-renders with its options) for another try.
 */
export async function signInWithPasskey(_previous: FormState, formData: FormData): Promise<FormState> {
  const challenge = await readChallengeAt("passkey-required");
  if (!challenge) return startAgain();
  const { credential } = textFields(formData, ["credential"]);
  if (!credential || credential.length > MAX_CREDENTIAL_LENGTH) return failure(new AuthError("passkey-not-accepted"));
  const limit = await authRateLimit.check("sign-in", { ip: await requestIp() });
  if (!limit.ok) return failure(limit);
  const result = await attempt(() => respondToPasskey(challenge.username, challenge.session, credential));
  if (result.ok) {
    const step = await continueSignIn(result.value, challenge);
    if (!step.ok) return { status: "error", message: step.message };
    redirect(step.path);
  }
  if (isSpentStep(result.error.code)) return startAgain(challenge);
  const fresh = await attempt(() => startChoiceSignIn(challenge.email, { preferred: "WEB_AUTHN" }));
  if (!fresh.ok || fresh.value.kind !== "passkey-required") return startAgain(challenge);
  await continueSignIn(fresh.value, challenge);
  return failure(result.error);
}
