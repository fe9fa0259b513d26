import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import styles from "@/components/auth/auth-form.module.css";
import { CHALLENGE_PAGES, readChallenge } from "@/lib/flow-state/challenge";
import { withNext } from "@/lib/navigation/with-next";
import { ChoiceForm } from "./choice-form";

export const metadata: Metadata = { title: "Choose how to sign in" };

export default async function ChooseSignInPage() {
  const challenge = await readChallenge();
  if (!challenge) redirect("/signin?notice=challenge-expired");
  // Back from the code or passkey step: that step is still the live one.
  if (challenge.step !== "choose-sign-in") redirect(CHALLENGE_PAGES[challenge.step]);
  return (
    <AuthCard title="How would you like to sign in?">
      <p className={styles.intro}>
        Signing in as <strong>{challenge.email}</strong>.{" "}
        <Link href={withNext("/signin", challenge.next)} className={styles.link}>
          Use another email
        </Link>
      </p>
      <ChoiceForm offersPasskey={challenge.available?.includes("WEB_AUTHN") ?? false} />
    </AuthCard>
  );
}
