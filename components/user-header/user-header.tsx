import { Avatar } from "@/components/avatar/avatar";
import type { Author } from "@/lib/feed/types";
import styles from "./user-header.module.css";

export function UserHeader({ author, cruds }: { author: Author; cruds: number }) {
  return (
    <header className={styles.header}>
      <div className={styles.banner} />
      <div className={styles.profile}>
        <span className={styles.avatar}>
          <Avatar name={author.displayName} size="lg" />
        </span>
        <div className={styles.text}>
          <h1 className={styles.name}>{author.displayName}</h1>
          <p className={styles.handle}>@{author.handle}</p>
          <p className={styles.count}>
            {cruds} {cruds === 1 ? "crud" : "cruds"}
          </p>
        </div>
      </div>
    </header>
  );
}
