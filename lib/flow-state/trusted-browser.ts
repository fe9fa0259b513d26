import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { createFlowCodec } from "./codec";
import { readFlow, writeFlow } from "./cookie";

const YEAR_SECONDS = 365 * 24 * 3600;
const MAX_ACCOUNTS = 5;

const trustSchema = z.object({ v: z.literal(1), accounts: z.array(z.string()).max(MAX_ACCOUNTS) });
const trustCodec = createFlowCodec("device", trustSchema, YEAR_SECONDS);

const digestOf = (email: string) =>
  createHash("sha256").update(email.normalize("NFKC").trim().toLowerCase()).digest("base64url").slice(0, 22);

/**
 * A browser that has signed in to an account before carries a sealed note of it, so other
 * people's failed attempts on that account do not lock this browser out.
 */
export async function isTrustedBrowserFor(email: string): Promise<boolean> {
  return (await readFlow(trustCodec))?.accounts.includes(digestOf(email)) ?? false;
}

export async function trustBrowserFor(email: string): Promise<void> {
  const known = (await readFlow(trustCodec))?.accounts ?? [];
  const accounts = [digestOf(email), ...known.filter((account) => account !== digestOf(email))].slice(0, MAX_ACCOUNTS);
  await writeFlow(trustCodec, { v: 1, accounts });
}
