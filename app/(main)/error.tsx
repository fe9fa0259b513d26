"use client";

import Link from "next/link";
import { PageHeader } from "@/components/page-header/page-header";
import styles from "@/components/notice-page/notice-page.module.css";

function digestOf(error: unknown): string | undefined {
  if (error instanceof Error && "digest" in error && typeof error.digest === "string") return error.digest;
  return undefined;
}

export default function MainError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = digestOf(error);
  return (
    <>
      <PageHeader title="Something went wrong" />
      <div className={styles.body} role="alert">
        <p>We couldn&apos;t load this page. Please try again in a moment.</p>
        {digest && <p className={styles.muted}>Reference: {digest}</p>}
        <div className={styles.row}>
          <button type="button" className={styles.action} onClick={() => retry()}>
            Try again
          </button>
          <Link href="/" className={styles.secondary}>
            Back to Home
          </Link>
        </div>
      </div>
    </>
  );
}
