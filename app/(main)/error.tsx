"use client";

import Link from "next/link";
import { ErrorReference } from "@/components/error-reference";
import { PageHeader } from "@/components/page-header/page-header";
import styles from "@/components/notice-page/notice-page.module.css";

export default function MainError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <>
      <PageHeader title="Something went wrong" />
      <div className={styles.body} role="alert">
        <p>We couldn&apos;t load this page. Please try again in a moment.</p>
        <ErrorReference error={error} className={styles.muted} />
        <div className={styles.row}>
          <button type="button" className={styles.action} onClick={() => retry()}>
            Try again
          </button>
          <Link href="/" className={styles.secondary}>
            Back to home
          </Link>
        </div>
      </div>
    </>
  );
}
