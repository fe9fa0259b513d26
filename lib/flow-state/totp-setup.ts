import "server-only";
import { z } from "zod";
import { createFlowCodec } from "./codec";
import { clearFlow, readFlow, writeFlow } from "./cookie";

/** Long enough to find the phone and scan; short enough that a forgotten tab holds no key for long. */
const SETUP_TTL_SECONDS = 600;

const setupSchema = z.object({
  v: z.literal(1),
  /** The sign-in that asked for the key: no other session of the account can finish this set-up. */
  sid: z.string().min(1),
  secret: z.string().min(1).max(200),
});

const setupCodec = createFlowCodec("totp-setup", setupSchema, SETUP_TTL_SECONDS);

/** The secret waiting for its first code, for this sign-in only; sealed, never in a page's form. */
export async function readPendingSecret(sid: string): Promise<string | null> {
  const pending = await readFlow(setupCodec);
  return pending?.sid === sid ? pending.secret : null;
}

export const savePendingSecret = (sid: string, secret: string) => writeFlow(setupCodec, { v: 1, sid, secret });
export const clearPendingSecret = () => clearFlow(setupCodec);
