import type { Metadata } from "next";
import { AuthFooter } from "@/components/auth/auth-card";
import { readFormFlash } from "@/lib/flow-state/form-flash";
import { resendWait } from "@/lib/flow-state/resend-cooldown";
import { emailField } from "@/lib/forms/schemas";
import { firstParam, type SearchParams } from "@/lib/navigation/search-params";
import { withNext } from "@/lib/navigation/with-next";
import { ConfirmForms } from "./confirm-forms";
import { DevOutboxLink } from "./dev-outbox-link";
import { codeSentNotice } from "./texts";

export const metadata: Metadata = { title: "Confirm your email" };

export default async function ConfirmPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const parsed = emailField.safeParse(firstParam(params.email));
  const email = parsed.success ? parsed.data : "";
  const next = firstParam(params.next);
  return (
    <>
      <ConfirmForms
        email={email}
        next={next}
        notice={email ? codeSentNotice(firstParam(params.sent), email) : undefined}
        resendWaitSeconds={await resendWait(email)}
        flash={{ confirm: await readFormFlash("confirm"), resend: await readFormFlash("resend-confirmation") }}
      />
      <DevOutboxLink email={email} />
      {!email && (
        <>
          <AuthFooter prompt="Already confirmed?" href={withNext("/signin", next)} linkText="Sign in" />
          <AuthFooter prompt="No account yet?" href={withNext("/signup", next)} linkText="Sign up" />
        </>
      )}
    </>
  );
}
