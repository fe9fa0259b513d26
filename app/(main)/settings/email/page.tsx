import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header/page-header";
import { requireUser, verifySession } from "@/lib/auth/dal";
import { requireRecentConfirmation } from "@/lib/auth/step-up";
import { accountDetails } from "@/lib/cognito/account";
import { attempt } from "@/lib/cognito/attempt";
import { pendingEmail } from "@/lib/flow-state/pending-email";
import styles from "../settings.module.css";
import { NewEmailForm, ResendEmailCodeForm, VerifyEmailForm } from "./email-forms";

export const metadata: Metadata = { title: "Change your email" };

/** Asking for a new address needs a recent "confirm it's you"; entering the code it was sent does not. */
export default async function ChangeEmailPage() {
  const { sub } = await requireUser("/settings/email");
  const waiting = await pendingEmail.get(sub);
  const session = waiting ? await verifySession() : await requireRecentConfirmation("/settings/email");
  const account = session ? await attempt(() => accountDetails(session.accessToken)) : null;
  const current = account?.ok ? account.value.email : session?.user.email;
  return (
    <>
      <PageHeader title="Change your email" />
      <div className={styles.page}>
        <p>
          You sign in with <strong>{current}</strong>.
        </p>
        {waiting && (
          <section className={styles.section} aria-labelledby="code-heading">
            <h2 id="code-heading">Enter the code we sent</h2>
            <p className={styles.muted}>
              We sent a 6-digit code to <strong>{waiting}</strong>. Enter it to switch to that address.
            </p>
            <VerifyEmailForm />
            <ResendEmailCodeForm />
          </section>
        )}
        <section className={styles.section} aria-labelledby="new-email-heading">
          <h2 id="new-email-heading">{waiting ? "Use a different address" : "Your new email address"}</h2>
          <NewEmailForm label={waiting ? "Send a code to this address" : "Send code"} />
        </section>
      </div>
    </>
  );
}
