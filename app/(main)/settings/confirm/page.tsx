import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header/page-header";
import { requireUser, verifySession } from "@/lib/auth/dal";
import { stepUpReturnPath } from "@/lib/auth/step-up";
import { accountDetails } from "@/lib/cognito/account";
import { attempt } from "@/lib/cognito/attempt";
import { firstParam, type SearchParams } from "@/lib/navigation/search-params";
import styles from "../settings.module.css";
import { ConfirmForm } from "./confirm-form";

export const metadata: Metadata = { title: "Confirm it's you" };

export default async function ConfirmItsYouPage({ searchParams }: { searchParams: SearchParams }) {
  const then = stepUpReturnPath(firstParam((await searchParams).then));
  const user = await requireUser(`/settings/confirm?then=${encodeURIComponent(then)}`);
  const session = await verifySession();
  const account = session ? await attempt(() => accountDetails(session.accessToken)) : null;
  return (
    <>
      <PageHeader title="Confirm it's you" />
      <div className={styles.page}>
        <section className={styles.section} aria-labelledby="confirm-heading">
          <h2 id="confirm-heading">Enter your password to continue</h2>
          <p className={styles.muted}>
            This change protects your account, so we ask for your password first. You won&apos;t be asked again for the
            next five minutes.
          </p>
          <ConfirmForm then={then} email={user.email} askForCode={account?.ok === true && account.value.totpEnabled} />
        </section>
      </div>
    </>
  );
}
