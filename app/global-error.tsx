"use client";

import Link from "next/link";
import { ErrorReference } from "@/components/error-reference";
import { Logo } from "@/components/logo";
import styles from "./global-error.module.css";

/** Replaces the root layout when it fails, so it brings its own document and styles. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className={styles.body}>
        <title>Something went wrong | Cruddur</title>
        <div className={styles.brand}>
          <Logo size={120} className={styles.logo} />
        </div>
        <main className={styles.main}>
          <div className={styles.card}>
            <h1>Something went wrong</h1>
            <p role="alert">Cruddur couldn&apos;t load this page. Please try again in a moment.</p>
            <ErrorReference error={error} className={styles.reference} />
            <div className={styles.actions}>
              <button type="button" className={styles.primary} onClick={() => retry()}>
                Try again
              </button>
              <Link href="/" className={styles.secondary}>
                Back to home
              </Link>
            </div>
          </div>
        </main>
      </body>
    </html>
  );
}
