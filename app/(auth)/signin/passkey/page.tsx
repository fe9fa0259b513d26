import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AnotherWayForm } from "@/components/auth/another-way-form";
import { AuthCard } from "@/components/auth/auth-card";
import styles from "@/components/auth/auth-form.module.css";
import { readChallengeAt } from "@/lib/flow-state/challenge";
import { chooseAnotherWay } from "../choose/actions";
import { PasskeySignIn, REQUEST_OPTIONS_ID } from "./passkey-sign-in";

export const metadata: Metadata = { title: "Sign in with a passkey" };

/** JSON inside <script> must not be able to close the element. */
const scriptSafe = (json: string) => json.replace(/</g, "\\u003c");

export default async function PasskeyPage() {
  const challenge = await readChallengeAt("passkey-required");
  if (!challenge?.requestOptions) redirect("/signin?notice=challenge-expired");
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <AuthCard title="Sign in with a passkey">
      <p className={styles.intro}>
        Signing in as <strong>{challenge.email}</strong>. Follow your browser&apos;s prompt to use your passkey.
      </p>
      <script
        id={REQUEST_OPTIONS_ID}
        type="application/json"
        nonce={nonce}
        dangerouslySetInnerHTML={{ __html: scriptSafe(challenge.requestOptions) }}
      />
      <PasskeySignIn />
      <AnotherWayForm action={chooseAnotherWay} />
    </AuthCard>
  );
}
