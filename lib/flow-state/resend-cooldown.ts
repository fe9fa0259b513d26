import "server-only";
import { z } from "zod";
import { ExpiringMap } from "../store/expiring-map";
import { createFlowCodec } from "./codec";
import { readFlow, writeFlow } from "./cookie";
import { RESEND_COOLDOWN_SECONDS, secondsUntil } from "./cooldown";

const cooldownSchema = z.object({ v: z.literal(1), availableAt: z.number().int() });

const cooldownCodec = createFlowCodec("resend", cooldownSchema, RESEND_COOLDOWN_SECONDS);

/** Also per email, so dropping the cookie does not lift the wait. Same for unknown emails. */
const byEmail = new ExpiringMap<string, number>(10_000);

/** Seconds before this browser, or anyone for `email`, may ask for another code. */
export async function resendWait(email?: string): Promise<number> {
  const cooldown = await readFlow(cooldownCodec);
  const forEmail = email ? (byEmail.get(email.toLowerCase()) ?? 0) : 0;
  return secondsUntil(Math.max(cooldown?.availableAt ?? 0, forEmail));
}

export async function startResendCooldown(email: string, now = Date.now()): Promise<void> {
  const availableAt = now + RESEND_COOLDOWN_SECONDS * 1000;
  byEmail.set(email.toLowerCase(), availableAt, availableAt);
  await writeFlow(cooldownCodec, { v: 1, availableAt });
}
