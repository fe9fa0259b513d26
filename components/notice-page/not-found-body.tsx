import Link from "next/link";
import { PageHeader } from "@/components/page-header/page-header";
import styles from "./notice-page.module.css";

export function NotFoundBody({
  title = "Page not found",
  text = "This page doesn't exist, or it has already expired.",
}) {
  return (
    <>
      <PageHeader title={title} />
      <div className={styles.body}>
        <p>{text}</p>
        <Link href="/" className={styles.action}>
          Back to home
        </Link>
      </div>
    </>
  );
}
