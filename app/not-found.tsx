import type { Metadata } from "next";
import Link from "next/link";
import { Logo } from "@/components/logo";
import styles from "./not-found.module.css";

export const metadata: Metadata = { title: "Page not found" };

/** Reached only outside the app's layout (unknown addresses get app/(main)/[...missing]). */
export default function NotFound() {
  return (
    <main className={styles.page}>
      <Logo size={64} />
      <h1>Page not found</h1>
      <p>This page doesn&apos;t exist, or it has already expired.</p>
      <Link href="/" className={styles.home}>
        Back to Home
      </Link>
    </main>
  );
}
