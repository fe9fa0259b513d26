import Link from "next/link";
import { Avatar } from "@/components/avatar/avatar";
import { suggestedUsersFor } from "@/lib/feed/sidebar";
import styles from "./sidebar.module.css";

export function SuggestedUsers({ viewerHandle }: { viewerHandle: string }) {
  return (
    <section className={styles.box} aria-labelledby="suggested-heading">
      <h2 id="suggested-heading" className={styles.heading}>
        Suggested users
      </h2>
      <ul className={styles.list}>
        {suggestedUsersFor(viewerHandle).map((user) => (
          <li key={user.handle}>
            <Link href={`/@${user.handle}`} className={styles.user}>
              <Avatar name={user.displayName} size="sm" />
              <span className={styles.userText}>
                <span className={styles.tag}>{user.displayName}</span>
                <span className={styles.muted}>@{user.handle}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
