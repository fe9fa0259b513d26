"use client";

import Link from "next/link";
import type { ComponentType } from "react";
import { LikeIcon, ReplyIcon, RepostIcon, ShareIcon } from "@/components/icons/crud-icons";
import type { IconProps } from "@/components/icons/icon";
import { signInPathFor } from "@/lib/navigation/routes";
import { ACTIONS_SOON_ID } from "./actions-soon";
import styles from "./crud.module.css";

interface CrudActionsProps {
  replies: number;
  reposts: number;
  likes: number;
  returnTo: string | null;
}

interface CrudAction {
  label: string;
  verb: string;
  Icon: ComponentType<IconProps>;
  count: number;
}

/** A client component for the page's size: the RSC payload carries three counts, not the controls twice. */
export function CrudActions({ replies, reposts, likes, returnTo }: CrudActionsProps) {
  const actions: CrudAction[] = [
    { label: "Reply", verb: "reply", Icon: ReplyIcon, count: replies },
    { label: "Repost", verb: "repost", Icon: RepostIcon, count: reposts },
    { label: "Like", verb: "like", Icon: LikeIcon, count: likes },
    { label: "Share", verb: "share", Icon: ShareIcon, count: 0 },
  ];
  return (
    <div className={styles.actions}>
      {actions.map(({ label, verb, Icon, count }) => {
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
