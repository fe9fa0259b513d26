"use client";

import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import styles from "@/components/auth/auth-form.module.css";
import { ErrorReference } from "@/components/error-reference";

export default function AuthError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <AuthCard title="Something went wrong">
      <div className={styles.form}>
        <p className={styles.alert} role="alert">
          We couldn&apos;t finish that. Please try again in a moment.
        </p>
        <ErrorReference error={error} className={styles.hint} />
        <div className={styles.actions}>
          <button type="button" className={styles.primary} onClick={() => retry()}>
            Try again
          </button>
          <Link href="/" className={styles.secondary}>
            Back to home
          </Link>
        </div>
      </div>
    </AuthCard>
  );
}
