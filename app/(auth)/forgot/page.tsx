import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard, AuthFooter } from "@/components/auth/auth-card";
import styles from "@/components/auth/auth-form.module.css";
import { FormNotice } from "@/components/auth/form-notice";
import { getPasswordPolicy } from "@/lib/cognito/password-policy";
import { readFormFlash } from "@/lib/flow-state/form-flash";
import { readRecovery } from "@/lib/flow-state/recovery";
import { resendWait } from "@/lib/flow-state/resend-cooldown";
import { firstParam, type SearchParams } from "@/lib/navigation/search-params";
import { withNext } from "@/lib/navigation/with-next";
import { restartRecovery } from "./actions";
import { RequestCodeForm } from "./request-code-form";
import { ResetPasswordForm } from "./reset-password-form";
import { CODE_MAYBE_SENT } from "./texts";

export const metadata: Metadata = { title: "Recover your password" };

export default async function ForgotPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const recovery = await readRecovery();
  if (recovery?.step === "done") {
    return (
      <AuthCard title="Recover your password">
        <FormNotice message="Your password has been successfully reset!" />
        <div className={styles.actions}>
          <form action={restartRecovery}>
            <button type="submit" className={styles.textButton}>
              Reset another password
            </button>
          </form>
          <Link
            className={styles.primary}
            href={withNext("/signin", recovery.next, { email: recovery.email, notice: "password-reset" })}
          >
            Sign in
          </Link>
        </div>
      </AuthCard>
    );
  }
  return (
    <>
      <AuthCard title="Recover your password">
        {recovery ? (
          <>
            <FormNotice message={`${CODE_MAYBE_SENT} to ${recovery.email}.`} />
            <ResetPasswordForm
              email={recovery.email}
              policy={await getPasswordPolicy()}
              resendWaitSeconds={await resendWait(recovery.email)}
              flash={{ reset: await readFormFlash("forgot-reset"), resend: await readFormFlash("resend-recovery") }}
            />
            <form action={restartRecovery} className={styles.inlineForm}>
              <button type="submit" className={styles.textButton}>
                Use a different email
              </button>
            </form>
          </>
        ) : (
          <RequestCodeForm
            email={firstParam(params.email)}
            next={firstParam(params.next)}
            initialState={await readFormFlash("forgot-request")}
          />
        )}
      </AuthCard>
      <AuthFooter
        prompt="Remembered your password?"
        href={withNext("/signin", recovery?.next ?? firstParam(params.next))}
        linkText="Sign in"
      />
    </>
  );
}
