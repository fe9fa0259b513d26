import "server-only";
import { redirect } from "next/navigation";
import { clearChallenge } from "@/lib/flow-state/challenge";
import { withNext } from "@/lib/navigation/with-next";

/** For actions whose challenge has expired: back to sign-in, with the email filled in when known. */
export async function startAgain(flow?: { email: string; next: string } | null): Promise<never> {
  await clearChallenge();
  redirect(withNext("/signin", flow?.next ?? "", { ...(flow && { email: flow.email }), notice: "challenge-expired" }));
}
