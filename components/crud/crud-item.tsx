import Link from "next/link";
import { Avatar } from "@/components/avatar/avatar";
import { BombIcon } from "@/components/icons/crud-icons";
import { formatCreatedAt, formatExpiresIn } from "@/lib/feed/format-time";
import type { Activity } from "@/lib/feed/types";
import { CrudActions } from "./crud-actions";
import styles from "./crud.module.css";

interface CrudItemProps {
  activity: Activity;
  now: Date;
  nested?: boolean;
  returnTo: string | null;
}

export function CrudItem({ activity, now, nested = false, returnTo }: CrudItemProps) {
  return (
    <article
      className={nested ? `${styles.crud} ${styles.nested}` : styles.crud}
      aria-label={`Crud by ${activity.displayName}`}
    >
      <div className={styles.body}>
        <Avatar name={activity.displayName} size={nested ? "sm" : "md"} />
        <div className={styles.content}>
          <div className={styles.meta}>
            <Link className={styles.identity} href={`/@${activity.handle}`}>
              <span className={styles.displayName}>{activity.displayName}</span>
              <span className={styles.handle}>@{activity.handle}</span>
            </Link>
            <div className={styles.times}>
              <time dateTime={activity.createdAt}>{formatCreatedAt(activity.createdAt, now)}</time>
              <span className={styles.expires}>
                <BombIcon />
                <span className="visually-hidden">Expires in </span>
                {formatExpiresIn(activity.expiresAt, now)}
              </span>
            </div>
          </div>
          <p className={styles.message}>{activity.message}</p>
          <CrudActions
            replies={activity.repliesCount}
            reposts={activity.repostsCount}
            likes={activity.likesCount}
            returnTo={returnTo}
          />
        </div>
      </div>
      {activity.replies.length > 0 && (
        <div className={styles.replies}>
          {activity.replies.map((reply) => (
            <CrudItem key={reply.uuid} activity={reply} now={now} nested returnTo={returnTo} />
          ))}
        </div>
      )}
    </article>
  );
}
