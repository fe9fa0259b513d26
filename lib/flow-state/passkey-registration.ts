import "server-only";
import { z } from "zod";
import { createFlowCodec } from "./codec";
import { clearFlow, readFlow, writeFlow } from "./cookie";

/** Cognito keeps a registration challenge for a few minutes; the options need not outlive it. */
const TTL_SECONDS = 5 * 60;

const registrationSchema = z.object({ v: z.literal(1), sub: z.string().min(1), options: z.string().min(2) });
const registrationCodec = createFlowCodec("passkey-registration", registrationSchema, TTL_SECONDS);

/** The creation options StartWebAuthnRegistration gave `sub`, kept until the browser's ceremony answers. */
export async function keepRegistrationOptions(sub: string, options: string): Promise<boolean> {
  return writeFlow(registrationCodec, { v: 1, sub, options });
}

export async function pendingRegistrationOptions(sub: string): Promise<string | null> {
  const pending = await readFlow(registrationCodec);
  return pending?.sub === sub ? pending.options : null;
}

export async function forgetRegistrationOptions(): Promise<void> {
  await clearFlow(registrationCodec);
}
