import type { Activity } from "@/lib/feed/types";
import { CrudItem } from "./crud-item";
import styles from "./crud.module.css";

interface CrudListProps {
  activities: Activity[];
  now: Date;
  emptyText?: string;
}

export function CrudList({ activities, now, emptyText = "Nothing to see here yet." }: CrudListProps) {
  if (activities.length === 0) return <p className={styles.empty}>{emptyText}</p>;
  return (
    <div className={styles.list}>
      {activities.map((activity) => (
        <CrudItem key={activity.uuid} activity={activity} now={now} />
      ))}
    </div>
  );
}
