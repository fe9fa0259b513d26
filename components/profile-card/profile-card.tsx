import Link from "next/link";
import { signOut, signOutEverywhere } from "@/lib/auth/sign-out";
import { Avatar } from "@/components/avatar/avatar";
import { MoreIcon } from "@/components/icons/nav-icons";
import { MenuDetails } from "@/components/nav/menu-details";
import type { User } from "@/lib/cognito/types";
import styles from "./profile-card.module.css";

export function ProfileCard({ viewer }: { viewer: User }) {
  return (
    <MenuDetails className={styles.card}>
      <summary className={styles.summary}>
        <span className="visually-hidden">Account menu: </span>
        <Avatar name={viewer.name} />
        <span className={styles.identity}>
          <span className={styles.name}>{viewer.name}</span>
          <span className={styles.handle}>@{viewer.handle}</span>
        </span>
        <MoreIcon className={styles.more} />
      </summary>
      <div className={styles.menu}>
        <p className={styles.menuIdentity}>
          <span className={styles.name}>{viewer.name}</span>
          <span className={styles.handle}>@{viewer.handle}</span>
        </p>
        <Link href="/settings" className={styles.item}>
          Settings
        </Link>
        <form action={signOut}>
          <button type="submit" className={styles.item}>
            Sign out
          </button>
        </form>
        <form action={signOutEverywhere}>
          <button type="submit" className={styles.item}>
            Sign out of all devices
          </button>
        </form>
      </div>
    </MenuDetails>
  );
}
