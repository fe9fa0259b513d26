import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header/page-header";
import { PageNotice } from "@/components/notice/page-notice";
import { requireUser, verifySession } from "@/lib/auth/dal";
import { accountDetails } from "@/lib/cognito/account";
import { attempt } from "@/lib/cognito/attempt";
import { getPasswordPolicy } from "@/lib/cognito/password-policy";
import { readFormFlash } from "@/lib/flow-state/form-flash";
import { firstParam, type SearchParams } from "@/lib/navigation/search-params";
import { DeleteSection } from "./delete/delete-section";
import { EmailSection } from "./email/email-section";
import { PasskeysList } from "./passkeys/passkeys-list";
import { ChangePasswordForm } from "./password/change-password-form";
import { SessionsList } from "./sessions/sessions-list";
import styles from "./settings.module.css";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireUser("/settings");
  const session = await verifySession();
  if (!session) return null;
  const [account, policy] = await Promise.all([
    attempt(() => accountDetails(session.accessToken)),
    getPasswordPolicy(),
  ]);
  if (!account.ok) return <SettingsUnavailable message={account.error.message} />;
  return (
    <>
      <PageHeader title="Settings" />
      <PageNotice code={firstParam((await searchParams).notice)} />
      <div className={styles.page}>
        <section className={styles.section} aria-labelledby="security-heading">
          <h2 id="security-heading">Sign-in and security</h2>
          <div className={styles.part}>
            <h3>Password</h3>
            <ChangePasswordForm
              email={session.user.email}
              policy={policy}
              askForCode={account.value.totpEnabled}
              initialState={await readFormFlash("change-password")}
            />
          </div>
          <div className={styles.part}>
            <h3>Two-factor sign-in</h3>
            <p className={styles.muted}>
              {account.value.totpEnabled
                ? "On: signing in asks for a code from your authenticator app."
                : "Off: signing in takes your password alone."}
            </p>
            <p>
              <Link href="/settings/two-factor">
                {account.value.totpEnabled ? "Manage two-factor sign-in" : "Set up two-factor sign-in"}
              </Link>
            </p>
          </div>
          <div className={styles.part}>
            <h3>Passkeys</h3>
            <PasskeysList accessToken={session.accessToken} />
          </div>
          <div className={styles.part}>
            <h3>Where you&apos;re signed in</h3>
            <SessionsList current={session.sessionId} sub={session.user.sub} />
          </div>
        </section>
        <EmailSection email={account.value.email} sub={session.user.sub} />
        <DeleteSection />
      </div>
    </>
  );
}

function SettingsUnavailable({ message }: { message: string }) {
  return (
    <>
      <PageHeader title="Settings" />
      <div className={styles.page}>
        <p role="alert">{message}</p>
      </div>
    </>
  );
}
