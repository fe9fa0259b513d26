import type { Metadata } from "next";
import Link from "next/link";
import { SubmitButton } from "@/components/auth/submit-button";
import { PageNotice } from "@/components/notice/page-notice";
import { PageHeader } from "@/components/page-header/page-header";
import { AuthenticatorCodeForm } from "@/components/two-factor/authenticator-code-form";
import { AuthenticatorKey } from "@/components/two-factor/authenticator-key";
import { requireUser, verifySession } from "@/lib/auth/dal";
import { accountDetails } from "@/lib/cognito/account";
import { attempt } from "@/lib/cognito/attempt";
import { readPendingSecret } from "@/lib/flow-state/totp-setup";
import { firstParam, type SearchParams } from "@/lib/navigation/search-params";
import styles from "../settings.module.css";
import { startTotpSetupAction, verifyTotpSetupAction } from "./actions";

export const metadata: Metadata = { title: "Two-factor sign-in" };

export default async function TwoFactorPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/settings/two-factor");
  const session = await verifySession();
  if (!session) return null;
  const account = await attempt(() => accountDetails(session.accessToken));
  const secret = await readPendingSecret(session.sessionId);
  return (
    <>
      <PageHeader title="Two-factor sign-in" />
      <PageNotice code={firstParam((await searchParams).notice)} />
      <div className={styles.page}>
        <section className={styles.section} aria-labelledby="two-factor-heading">
          {!account.ok ? (
            <p role="alert">{account.error.message}</p>
          ) : account.value.totpEnabled ? (
            <TwoFactorOn />
          ) : secret ? (
            <>
              <h2 id="two-factor-heading">Add Cruddur to your authenticator app</h2>
              <AuthenticatorKey email={user.email} secret={secret} />
              <AuthenticatorCodeForm action={verifyTotpSetupAction} submitLabel="Turn on" askForDeviceName />
            </>
          ) : (
            <TwoFactorOff />
          )}
        </section>
      </div>
    </>
  );
}

function TwoFactorOn() {
  return (
    <>
      <h2 id="two-factor-heading">Two-factor sign-in is on</h2>
      <p className={styles.muted}>Every sign-in asks for a code from your authenticator app after your password.</p>
      <p>
        <Link href="/settings/two-factor/off">Turn off two-factor sign-in</Link>
      </p>
    </>
  );
}

function TwoFactorOff() {
  return (
    <>
      <h2 id="two-factor-heading">Protect your account with an authenticator app</h2>
      <p className={styles.muted}>
        With two-factor sign-in, signing in takes your password and a 6-digit code from an app on your phone, such as
        Google Authenticator, 1Password or Authy. Someone who learns your password still can&apos;t get in.
      </p>
      <form action={startTotpSetupAction}>
        <SubmitButton pendingLabel="Starting…">Set up authenticator app</SubmitButton>
      </form>
    </>
  );
}
