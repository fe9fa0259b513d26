import type { Activity } from "@/lib/feed/types";
import { ACTIONS_SOON_ID } from "./actions-soon";
import { CrudItem } from "./crud-item";
import styles from "./crud.module.css";

interface CrudListProps {
  activities: Activity[];
  now: Date;
  emptyText?: string;
  /** The page's path, for sign-in to return to; null when the viewer is signed in. */
  returnTo: string | null;
}

export function CrudList({ activities, now, emptyText = "Nothing to see here yet.", returnTo }: CrudListProps) {
  if (activities.length === 0) return <p className={styles.empty}>{emptyText}</p>;
  return (
    <div className={styles.list}>
      {returnTo === null && (
        <p id={ACTIONS_SOON_ID} className={styles.soon}>
          Replying, reposting, liking and sharing are coming soon.
        </p>
      )}
      {activities.map((activity) => (
        <CrudItem key={activity.uuid} activity={activity} now={now} returnTo={returnTo} />
      ))}
    </div>
  );
}
