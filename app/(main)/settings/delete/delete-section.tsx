import Link from "next/link";
import styles from "../settings.module.css";

export function DeleteSection() {
  return (
    <section className={`${styles.section} ${styles.danger}`} aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete account</h2>
      <p className={styles.muted}>Deleting your account signs you out everywhere and cannot be undone.</p>
      <p>
        <Link href="/settings/delete">Delete your account</Link>
      </p>
    </section>
  );
}
