import Link from "next/link";
import type { ComponentType } from "react";
import { LikeIcon, ReplyIcon, RepostIcon, ShareIcon } from "@/components/icons/crud-icons";
import type { IconProps } from "@/components/icons/icon";
import type { Activity } from "@/lib/feed/types";
import { signInPathFor } from "@/lib/navigation/routes";
import styles from "./crud.module.css";

/** Describes every action button while they are not built: one note per list, visible above it. */
export const ACTIONS_SOON_ID = "crud-actions-soon";

interface CrudAction {
  label: string;
  verb: string;
  Icon: ComponentType<IconProps>;
  count?: number;
}

/** Signed out, each action leads to sign-in and back; signed in, each says it is not built yet. */
export function CrudActions({ activity, returnTo }: { activity: Activity; returnTo: string | null }) {
  const actions: CrudAction[] = [
    { label: "Reply", verb: "reply", Icon: ReplyIcon, count: activity.repliesCount },
    { label: "Repost", verb: "repost", Icon: RepostIcon, count: activity.repostsCount },
    { label: "Like", verb: "like", Icon: LikeIcon, count: activity.likesCount },
    { label: "Share", verb: "share", Icon: ShareIcon },
  ];
  return (
    <div className={styles.actions}>
      {actions.map(({ label, verb, Icon, count = 0 }) => {
        const content = (
          <>
            <Icon />
            {count > 0 && <span className={styles.count}>{count}</span>}
          </>
        );
        const counted = (name: string) => (count > 0 ? `${name} (${count})` : name);
        return returnTo === null ? (
          <button
            key={label}
            type="button"
            className={styles.action}
            aria-label={counted(label)}
            aria-disabled="true"
            aria-describedby={ACTIONS_SOON_ID}
          >
            {content}
          </button>
        ) : (
          <Link
            key={label}
            href={signInPathFor(returnTo)}
            className={styles.action}
            aria-label={counted(`Sign in to ${verb}`)}
          >
            {content}
          </Link>
        );
      })}
    </div>
  );
}
