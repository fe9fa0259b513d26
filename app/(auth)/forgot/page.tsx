import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard, AuthFooter } from "@/components/auth/auth-card";
import styles from "@/components/auth/auth-form.module.css";
import { FormNotice } from "@/components/auth/form-notice";
import { firstParam, type SearchParams } from "@/lib/navigation/search-params";
import { getPasswordPolicy } from "@/lib/cognito/password-policy";
import { readRecovery } from "@/lib/flow-state/recovery";
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
      <AuthCard title="Recover your Password">
        <FormNotice message="Your password has been successfully reset!" />
        <Link
          className={styles.primary}
          href={withNext("/signin", recovery.next, { email: recovery.email, notice: "password-reset" })}
        >
          Proceed to Signin
        </Link>
      </AuthCard>
    );
  }
  return (
    <>
      <AuthCard title="Recover your Password">
        {recovery ? (
          <>
            <FormNotice message={`${CODE_MAYBE_SENT} to ${recovery.email}.`} />
            <ResetPasswordForm policy={await getPasswordPolicy()} />
            <form action={restartRecovery} className={styles.inlineForm}>
              <button type="submit" className={styles.textButton}>
                Use a different email
              </button>
            </form>
          </>
        ) : (
          <RequestCodeForm email={firstParam(params.email)} next={firstParam(params.next)} />
        )}
      </AuthCard>
      <AuthFooter
        prompt="Remembered your password?"
        href={withNext("/signin", recovery?.next ?? firstParam(params.next))}
        linkText="Sign in!"
      />
    </>
  );
}
