import type { Metadata } from "next";
import { MessageGroupList } from "@/components/messages/message-group-list";
import styles from "@/components/messages/messages.module.css";
import { PageHeader } from "@/components/page-header/page-header";
import { requireUser } from "@/lib/auth/dal";
import { getMessageGroups } from "@/lib/feed/messages";

export const metadata: Metadata = { title: "Messages" };

export default async function MessagesPage() {
  const viewer = await requireUser("/messages");
  const now = new Date();
  return (
    <>
      <PageHeader title="Messages" />
      <MessageGroupList groups={getMessageGroups(now, viewer.handle)} now={now} />
      <p className={styles.hint}>Pick a conversation to read it.</p>
    </>
  );
}
