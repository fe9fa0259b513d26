import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import styles from "@/components/auth/auth-form.module.css";
import { getPasswordPolicy } from "@/lib/cognito/password-policy";
import { readChallenge } from "@/lib/flow-state/challenge";
import { NewPasswordForm } from "./new-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function NewPasswordPage() {
  const challenge = await readChallenge();
  if (challenge?.step !== "new-password-required") redirect("/signin?notice=challenge-expired");
  return (
    <AuthCard title="Choose a new password">
      <p className={styles.intro}>
        You signed in as <strong>{challenge.email}</strong> with a temporary password. Choose your own password to
        finish signing in.
      </p>
      <NewPasswordForm policy={await getPasswordPolicy()} />
    </AuthCard>
  );
}
