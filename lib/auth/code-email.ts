import "server-only";
import { attempt } from "../cognito/attempt";
import { claimCodeEmail, releaseCodeEmail, resendWait, startResendCooldown } from "../flow-state/resend-cooldown";
import { RESEND_COOLDOWN_SECONDS } from "../flow-state/cooldown";
import { failure, type FormReason, type FormState } from "../forms/form-state";
import { authRateLimit, requestIp, spendEmail } from "./rate-limits";

type Sent = { ok: true } | { ok: false; code: FormReason; message: string; cooling?: true; seconds?: number };

export async function emailCode(email: string, send: () => Promise<void>): Promise<Sent> {
  const wait = await resendWait(email);
  if (wait > 0) return cooling(wait);
  const limit = await authRateLimit.check("resend", { ip: await requestIp(), account: email });
  if (!limit.ok) return limit;
  if (!(await claimCodeEmail(email))) return cooling(await resendWait(email));
  const budget = await spendEmail();
  const sent = budget.ok ? await attempt(send) : null;
  if (!sent?.ok) {
    await releaseCodeEmail(email);
    return sent ? { ok: false, code: sent.error.code, message: sent.error.message } : budget;
  }
  await startResendCooldown(email);
  return { ok: true };
}

function cooling(seconds: number): Sent {
  const message = `Please wait ${seconds} seconds before asking for another code.`;
  return { ok: false, code: "rate-limited", message, cooling: true, seconds };
}

/** What a "Send a new code" button hears back: sent, still cooling down (a countdown, not an error), or refused. */
export async function resendOutcome(email: string, send: () => Promise<void>, sentMessage: string): Promise<FormState> {
  const sent = await emailCode(email, send);
  if (sent.ok) return { status: "success", message: sentMessage, retryAfterSeconds: RESEND_COOLDOWN_SECONDS };
  if (sent.cooling) return { status: "idle", retryAfterSeconds: sent.seconds };
  return failure(sent);
}
