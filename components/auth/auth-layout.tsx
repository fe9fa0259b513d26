import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/components/logo";
import styles from "./auth-layout.module.css";

export function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className={styles.page}>
      <div className={styles.brand}>
        <Link href="/" className={styles.logo}>
          <Logo size={120} className={styles.logoMark} />
        </Link>
      </div>
      <main id="main" className={styles.main}>
        {children}
      </main>
    </div>
  );
}
