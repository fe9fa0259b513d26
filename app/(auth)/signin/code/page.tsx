import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import styles from "@/components/auth/auth-form.module.css";
import { AuthenticatorCodeForm } from "@/components/two-factor/authenticator-code-form";
import { readChallenge } from "@/lib/flow-state/challenge";
import { answerAuthenticatorCode } from "./actions";

export const metadata: Metadata = { title: "Enter your authenticator code" };

export default async function AuthenticatorCodePage() {
  const challenge = await readChallenge();
  if (challenge?.step !== "totp-required") redirect("/signin?notice=step-expired");
  return (
    <AuthCard title="Enter your authenticator code">
      <p className={styles.intro}>
        Two-factor sign-in is on for <strong>{challenge.email}</strong>. Open your authenticator app and enter the code
        it shows for Cruddur.
      </p>
      <AuthenticatorCodeForm action={answerAuthenticatorCode} submitLabel="Verify" />
      <p className={styles.link}>
        <Link href="/signin">Sign in with another account</Link>
      </p>
    </AuthCard>
  );
}
