import Link from "next/link";
import { Avatar } from "@/components/avatar/avatar";
import { formatCreatedAt } from "@/lib/feed/format-time";
import type { MessageGroup } from "@/lib/feed/messages";
import styles from "./messages.module.css";

interface MessageGroupListProps {
  groups: MessageGroup[];
  now: Date;
  currentHandle?: string;
}

export function MessageGroupList({ groups, now, currentHandle }: MessageGroupListProps) {
  return (
    <ul className={styles.groups} aria-label="Conversations">
      {groups.map((group) => (
        <li key={group.uuid}>
          <Link
            href={`/messages/@${group.handle}`}
            className={styles.group}
            aria-current={group.handle === currentHandle ? "page" : undefined}
          >
            <Avatar name={group.displayName} size="sm" />
            <span className={styles.who}>
              <span className={styles.name}>{group.displayName}</span>
              <span className={styles.muted}>@{group.handle}</span>
            </span>
            <time className={styles.muted} dateTime={group.lastMessageAt}>
              {formatCreatedAt(group.lastMessageAt, now)}
            </time>
          </Link>
        </li>
      ))}
    </ul>
  );
}
