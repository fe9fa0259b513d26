import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AnotherWayForm } from "@/components/auth/another-way-form";
import { AuthCard } from "@/components/auth/auth-card";
import styles from "@/components/auth/auth-form.module.css";
import { readChallengeAt } from "@/lib/flow-state/challenge";
import { resendWait } from "@/lib/flow-state/resend-cooldown";
import { chooseAnotherWay } from "../choose/actions";
import { EmailCodeForm, ResendCodeForm } from "./email-code-forms";

export const metadata: Metadata = { title: "Enter your sign-in code" };

export default async function EmailCodePage() {
  const challenge = await readChallengeAt("email-code-required");
  if (!challenge) redirect("/signin?notice=challenge-expired");
  return (
    <>
      <AuthCard title="Check your email">
        <p className={styles.intro}>
          If <strong>{challenge.email}</strong> has a Cruddur account, we&apos;ve emailed it a sign-in code.
        </p>
        <EmailCodeForm />
        <AnotherWayForm action={chooseAnotherWay} />
      </AuthCard>
      <ResendCodeForm waitSeconds={await resendWait(challenge.email)} />
    </>
  );
}
