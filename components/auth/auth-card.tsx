import Link from "next/link";
import type { ReactNode } from "react";
import styles from "./auth-form.module.css";

export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className={styles.card} aria-labelledby="auth-title">
      <h1 id="auth-title" className={styles.title}>
        {title}
      </h1>
      {children}
    </section>
  );
}

interface AuthFooterProps {
  prompt: string;
  href: string;
  linkText: string;
}

export function AuthFooter({ prompt, href, linkText }: AuthFooterProps) {
  return (
    <p className={`${styles.card} ${styles.footer}`}>
      <span>{prompt}</span> <Link href={href}>{linkText}</Link>
    </p>
  );
}
