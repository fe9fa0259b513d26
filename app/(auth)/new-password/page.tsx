import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import styles from "@/components/auth/auth-form.module.css";
import { getPasswordPolicy } from "@/lib/cognito/password-policy";
import { readChallenge } from "@/lib/flow-state/challenge";
import { readFormFlash } from "@/lib/flow-state/form-flash";
import { NewPasswordForm } from "./new-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function NewPasswordPage() {
  const challenge = await readChallenge();
  if (challenge?.step !== "new-password-required") {
    return (
      <AuthCard title="Choose a new password">
        <p className={styles.intro}>
          There is no new password to choose right now. This page opens when you sign in with a temporary password.
        </p>
        <Link className={styles.primary} href="/signin">
          Sign in
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password">
      <p className={styles.intro}>
        You signed in as <strong>{challenge.email}</strong> with a temporary password. Choose your own password to
        finish signing in.
      </p>
      <NewPasswordForm
        email={challenge.email}
        policy={await getPasswordPolicy()}
        initialState={await readFormFlash("new-password")}
      />
    </AuthCard>
  );
}
