import type { ReactNode } from "react";
import { Nav } from "@/components/nav/nav";
import { Sidebar } from "@/components/sidebar/sidebar";
import { PageNotice } from "@/components/notice/page-notice";
import { checkSession } from "@/lib/auth/dal";
import styles from "./layout.module.css";

export default async function MainLayout({ children }: { children: ReactNode }) {
  const session = await checkSession();
  const viewer = session.status === "signed-in" ? session.value.user : null;
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
          {session.status === "unavailable" && <PageNotice code="session-unavailable" />}
          {children}
        </main>
        <div className={styles.side}>
          <Sidebar viewer={viewer} />
        </div>
      </div>
    </>
  );
}
