import type { ComponentType } from "react";
import { LikeIcon, ReplyIcon, RepostIcon, ShareIcon } from "@/components/icons/crud-icons";
import type { IconProps } from "@/components/icons/icon";
import type { Activity } from "@/lib/feed/types";
import styles from "./crud.module.css";

interface CrudAction {
  label: string;
  Icon: ComponentType<IconProps>;
  count?: number;
}

export function CrudActions({ activity }: { activity: Activity }) {
  const actions: CrudAction[] = [
    { label: "Reply", Icon: ReplyIcon, count: activity.repliesCount },
    { label: "Repost", Icon: RepostIcon, count: activity.repostsCount },
    { label: "Like", Icon: LikeIcon, count: activity.likesCount },
    { label: "Share", Icon: ShareIcon },
  ];
  return (
    <div className={styles.actions}>
      {actions.map(({ label, Icon, count = 0 }) => (
        <button
          key={label}
          type="button"
          className={styles.action}
          aria-label={count > 0 ? `${label} (${count})` : label}
        >
          <Icon size={18} />
          {count > 0 && <span className={styles.count}>{count}</span>}
        </button>
      ))}
    </div>
  );
}
