import Link from "next/link";
import { infoLinks } from "@/components/nav/info-links";
import styles from "./sidebar.module.css";

export function SidebarFooter() {
  return (
    <footer className={styles.footer}>
      <ul className={styles.footerLinks}>
        {infoLinks.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </footer>
  );
}
