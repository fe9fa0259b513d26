import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import styles from "@/components/auth/auth-form.module.css";
import { AuthenticatorCodeForm } from "@/components/two-factor/authenticator-code-form";
import { AuthenticatorKey } from "@/components/two-factor/authenticator-key";
import { readChallenge } from "@/lib/flow-state/challenge";
import { finishAuthenticatorSetup } from "./actions";

export const metadata: Metadata = { title: "Set up two-factor sign-in" };

export default async function AuthenticatorSetupStepPage() {
  const challenge = await readChallenge();
  if (challenge?.step !== "totp-setup-required" || !challenge.secret) redirect("/signin?notice=step-expired");
  return (
    <AuthCard title="Set up two-factor sign-in">
      <p className={styles.intro}>
        Cruddur asks every account for a code from an authenticator app at sign-in. Add{" "}
        <strong>{challenge.email}</strong> to your app, then enter the code it shows to finish signing in.
      </p>
      <AuthenticatorKey email={challenge.email} secret={challenge.secret} />
      <AuthenticatorCodeForm action={finishAuthenticatorSetup} submitLabel="Verify and sign in" askForDeviceName />
    </AuthCard>
  );
}
