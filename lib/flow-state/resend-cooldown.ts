import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { sharedStoreOrLocal } from "../store/shared";
import { createFlowCodec } from "./codec";
import { readFlow, writeFlow } from "./cookie";
import { RESEND_COOLDOWN_SECONDS, secondsUntil } from "./cooldown";

const cooldownSchema = z.object({ v: z.literal(1), availableAt: z.number().int() });
const cooldownCodec = createFlowCodec("resend", cooldownSchema, RESEND_COOLDOWN_SECONDS);

/** One code email per address per cooldown, whoever asks and on whichever instance; unknown emails alike. */
const emailKey = (email: string) =>
  `cooldown:code-email:${createHash("sha256").update(email.trim().toLowerCase()).digest("base64url")}`;

/** Seconds before this browser, or anyone for `email`, may have another code sent. */
export async function resendWait(email?: string): Promise<number> {
  const cooldown = await readFlow(cooldownCodec);
  const forEmail = email ? Number((await sharedStoreOrLocal().get(emailKey(email))) ?? 0) : 0;
  return secondsUntil(Math.max(cooldown?.availableAt ?? 0, forEmail));
}

/** Takes the address's cooldown before a code is sent; false when another request holds it. */
export function claimCodeEmail(email: string, now = Date.now()): Promise<boolean> {
  const availableAt = now + RESEND_COOLDOWN_SECONDS * 1000;
  return sharedStoreOrLocal().setIfAbsent(emailKey(email), String(availableAt), RESEND_COOLDOWN_SECONDS * 1000);
}

export async function releaseCodeEmail(email: string): Promise<void> {
  await sharedStoreOrLocal().delete([emailKey(email)]);
}

/** After a code was sent: this browser's countdown, and the address's cooldown from now. */
export async function startResendCooldown(email: string, now = Date.now()): Promise<void> {
  const availableAt = now + RESEND_COOLDOWN_SECONDS * 1000;
  await sharedStoreOrLocal().set(emailKey(email), String(availableAt), RESEND_COOLDOWN_SECONDS * 1000);
  await writeFlow(cooldownCodec, { v: 1, availableAt });
}
