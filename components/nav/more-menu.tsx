import Link from "next/link";
import { MoreIcon } from "@/components/icons/nav-icons";
import { infoLinks } from "./info-links";
import { MenuDetails } from "./menu-details";
import styles from "./nav.module.css";

export function MoreMenu() {
  return (
    <li className={styles.more}>
      <MenuDetails className={styles.disclosure}>
        <summary className={styles.link}>
          <MoreIcon />
          <span className={styles.label}>More</span>
        </summary>
        <ul className={styles.menu}>
          {infoLinks.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className={styles.menuItem}>
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </MenuDetails>
    </li>
  );
}
