import Link from "next/link";
import styles from "./sidebar.module.css";

export function JoinSection() {
  return (
    <section className={styles.box} aria-labelledby="join-heading">
      <h2 id="join-heading" className={styles.heading}>
        Join the party!
      </h2>
      <div className={styles.joinText}>
        <p>Have something you want to say?</p>
        <p>Don&apos;t think about it, just crud it!</p>
        <p>Regret it? No worries, We&apos;ll forget it...</p>
      </div>
      <div className={styles.joinActions}>
        <Link href="/signup" className={styles.primary}>
          Join now!
        </Link>
        <Link href="/signin" className={styles.secondary}>
          Sign in
        </Link>
      </div>
    </section>
  );
}
