import type { ReactNode } from "react";
import { Nav } from "@/components/nav/nav";
import { Sidebar } from "@/components/sidebar/sidebar";
import { getCurrentUser } from "@/lib/auth/dal";
import styles from "./layout.module.css";

export default async function MainLayout({ children }: { children: ReactNode }) {
  const viewer = await getCurrentUser();
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <div className={styles.shell}>
        <div className={styles.nav}>
          <Nav viewer={viewer} />
        </div>
        <main id="main" className={styles.main} tabIndex={-1}>
          {children}
        </main>
        <div className={styles.side}>
          <Sidebar viewer={viewer} />
        </div>
      </div>
    </>
  );
}
