import Link from "next/link";
import { BellIcon, HomeIcon, MailIcon, UserIcon } from "@/components/icons/nav-icons";
import { Logo } from "@/components/logo";
import { ProfileCard } from "@/components/profile-card/profile-card";
import type { User } from "@/lib/cognito/types";
import { MoreMenu } from "./more-menu";
import { NavLink } from "./nav-link";
import styles from "./nav.module.css";

export function Nav({ viewer }: { viewer: User | null }) {
  return (
    <header className={styles.column}>
      <Link href="/" className={styles.logo}>
        <Logo size={44} />
      </Link>
      <nav aria-label="Main" className={styles.nav}>
        <ul className={styles.links}>
          <NavLink href="/" label="Home" icon={<HomeIcon />} />
          {viewer && (
            <>
              <NavLink href="/notifications" label="Notifications" icon={<BellIcon />} />
              <NavLink href="/messages" label="Messages" icon={<MailIcon />} />
              <NavLink href={`/@${viewer.handle}`} label="Profile" icon={<UserIcon />} />
            </>
          )}
          <MoreMenu />
        </ul>
      </nav>
      {viewer ? (
        <>
          <Link href="/?notice=posting-soon" className={styles.crud}>
            Crud<span className="visually-hidden"> (coming soon)</span>
          </Link>
          <ProfileCard viewer={viewer} />
        </>
      ) : (
        <div className={styles.guest}>
          <Link href="/signup" className={styles.join}>
            Join
          </Link>
          <Link href="/signin" className={styles.signIn}>
            Sign in
          </Link>
        </div>
      )}
    </header>
  );
}
