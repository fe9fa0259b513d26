import type { Metadata } from "next";
import { firstParam, type SearchParams } from "@/lib/navigation/search-params";
import { resendWait } from "@/lib/flow-state/resend-cooldown";
import { ConfirmForms } from "./confirm-forms";
import { DevOutboxLink } from "./dev-outbox-link";

export const metadata: Metadata = { title: "Confirm your email" };

export default async function ConfirmPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const email = firstParam(params.email);
  return (
    <>
      <ConfirmForms email={email} next={firstParam(params.next)} resendWaitSeconds={await resendWait(email)} />
      <DevOutboxLink email={email} />
    </>
  );
}
