import "server-only";
import { redirect } from "next/navigation";
import { emailCode } from "@/lib/auth/code-email";
import { continueSignIn } from "@/lib/auth/continue-sign-in";
import { signInFailure, signInPaused } from "@/lib/auth/sign-in-failures";
import { attempt } from "@/lib/cognito/attempt";
import { startChoiceSignIn } from "@/lib/cognito/choice-sign-in";
import { signInWithPassword } from "@/lib/cognito/sign-in";
import { resendConfirmationCode } from "@/lib/cognito/sign-up";
import { failure, type FormState } from "@/lib/forms/form-state";
import { authLog } from "@/lib/auth/auth-log";
import { withNext } from "@/lib/navigation/with-next";

interface Attempted {
  email: string;
  next: string;
  values: Record<string, string>;
}

export async function signInWithPasswordFor(password: string, { email, next, values }: Attempted): Promise<FormState> {
  const paused = await signInPaused(email);
  if (paused) return failure(paused, values);
  const result = await attempt(() => signInWithPassword(email, password));
  if (!result.ok) {
    const error = await signInFailure(email, result.error);
    await authLog.signInFailed(email, error);
    if (error.code !== "user-not-confirmed") return failure(error, values);
    const sent = await sendFreshCode(email);
    redirect(withNext("/confirm", next, { email, sent: sent ? "unconfirmed" : "unconfirmed-not-sent" }));
  }
  const step = await continueSignIn(result.value, { email, next });
  if (!step.ok) return { status: "error", message: step.message, values };
  redirect(step.path);
}

/** InitiateAuth USER_AUTH with only the email: the choices Cognito offers, on /signin/choose. */
export async function offerChoices({ email, next, values }: Attempted): Promise<FormState> {
  const result = await attempt(() => startChoiceSignIn(email));
  if (!result.ok) return failure(result.error, values);
  const step = await continueSignIn(result.value, { email, next });
  if (!step.ok) return { status: "error", message: step.message, values };
  redirect(step.path);
}

/** The code from sign-up may be long gone; when none can be sent now, the page's resend button retries. */
async function sendFreshCode(email: string): Promise<boolean> {
  const sent = await emailCode(email, () => resendConfirmationCode(email));
  return sent.ok || sent.cooling === true;
}
