import Link from "next/link";
import { pendingEmail } from "@/lib/flow-state/pending-email";
import styles from "../settings.module.css";

export async function EmailSection({ email, sub }: { email: string; sub: string }) {
  const waiting = await pendingEmail.get(sub);
  return (
    <section className={styles.section} aria-labelledby="email-heading">
      <h2 id="email-heading">Email</h2>
      <p>
        You sign in with <strong>{email}</strong>.
      </p>
      {waiting && (
        <p className={styles.muted}>
          <strong>{waiting}</strong> is waiting for its code. It replaces your current address once you enter it.
        </p>
      )}
      <p>
        <Link href="/settings/email">{waiting ? "Enter the code or use another address" : "Change email"}</Link>
      </p>
    </section>
  );
}
