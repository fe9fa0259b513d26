import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MessageList } from "@/components/messages/message-list";
import styles from "@/components/messages/messages.module.css";
import { PageHeader } from "@/components/page-header/page-header";
import { requireUser } from "@/lib/auth/dal";
import { getMessages } from "@/lib/feed/messages";
import { normalizeHandle } from "@/lib/feed/users";

export const metadata: Metadata = { title: "Messages" };

interface ConversationPageProps {
  params: Promise<{ handle: string }>;
}

export default async function ConversationPage({ params }: ConversationPageProps) {
  const rawHandle = (await params).handle;
  await requireUser(`/messages/@${rawHandle}`);
  const handle = normalizeHandle(rawHandle);
  const now = new Date();
  const messages = handle ? getMessages(handle, now) : null;
  if (!messages?.[0]) notFound();
  return (
    <>
      <PageHeader title={`Messages with ${messages[0].displayName}`}>
        <Link href="/messages" className={styles.back}>
          All conversations
        </Link>
      </PageHeader>
      <MessageList messages={messages} now={now} />
    </>
  );
}
