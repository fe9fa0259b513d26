import type { Metadata } from "next";
import Link from "next/link";
import { SubmitButton } from "@/components/auth/submit-button";
import { PageNotice } from "@/components/notice/page-notice";
import { PageHeader } from "@/components/page-header/page-header";
import { requireRecentConfirmation } from "@/lib/auth/step-up";
import { firstParam, type SearchParams } from "@/lib/navigation/search-params";
import styles from "../../settings.module.css";
import { turnOffTotpAction } from "../actions";

export const metadata: Metadata = { title: "Turn off two-factor sign-in" };

export default async function TurnOffTwoFactorPage({ searchParams }: { searchParams: SearchParams }) {
  await requireRecentConfirmation("/settings/two-factor/off");
  return (
    <>
      <PageHeader title="Two-factor sign-in" />
      <PageNotice code={firstParam((await searchParams).notice)} />
      <div className={styles.page}>
        <section className={`${styles.section} ${styles.danger}`} aria-labelledby="turn-off-heading">
          <h2 id="turn-off-heading">Turn off two-factor sign-in?</h2>
          <p className={styles.muted}>
            Signing in will take your password alone. You stay signed in on your devices. You can set it up again at any
            time.
          </p>
          <form action={turnOffTotpAction} className={styles.row}>
            <SubmitButton pendingLabel="Turning off…">Turn off two-factor sign-in</SubmitButton>
            <Link href="/settings">Keep it on</Link>
          </form>
        </section>
      </div>
    </>
  );
}
