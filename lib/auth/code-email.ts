import "server-only";
import { resendWait } from "../flow-state/resend-cooldown";
import { authRateLimit, requestIp, spendEmail } from "../rate-limit";

type Gate = { ok: true } | { ok: false; code: "rate-limited"; message: string; cooling?: true };

/**
 * Before Cognito emails a code: one per address per cooldown, the sender's limits per address
 * and account, and the pool's hourly email budget, so nobody can spend it or flood a mailbox.
 */
export async function mayEmailCode(email: string): Promise<Gate> {
  const wait = await resendWait(email);
  if (wait > 0) {
    const message = `Please wait ${wait} seconds before asking for another code.`;
    return { ok: false, code: "rate-limited", message, cooling: true };
  }
  const limit = await authRateLimit.check("resend", { ip: await requestIp(), account: email });
  if (!limit.ok) return limit;
  return spendEmail();
}
