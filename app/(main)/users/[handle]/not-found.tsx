import Link from "next/link";
import { PageHeader } from "@/components/page-header/page-header";
import styles from "@/components/notice-page/notice-page.module.css";

export default function UserNotFound() {
  return (
    <>
      <PageHeader title="This account doesn't exist" />
      <div className={styles.body}>
        <p>It may have been removed, or the handle may be misspelled.</p>
        <Link href="/" className={styles.action}>
          Back to Home
        </Link>
      </div>
    </>
  );
}
