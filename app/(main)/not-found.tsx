import Link from "next/link";
import { PageHeader } from "@/components/page-header/page-header";
import styles from "@/components/notice-page/notice-page.module.css";

export default function MainNotFound() {
  return (
    <>
      <PageHeader title="Page not found" />
      <div className={styles.body}>
        <p>This page doesn&apos;t exist, or it has already expired.</p>
        <Link href="/" className={styles.action}>
          Back to Home
        </Link>
      </div>
    </>
  );
}
