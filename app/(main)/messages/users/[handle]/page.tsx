import type { Metadata } from "next";
import Link from "next/link";
import { MessageList } from "@/components/messages/message-list";
import { NotFoundBody } from "@/components/notice-page/not-found-body";
import styles from "@/components/messages/messages.module.css";
import { PageHeader } from "@/components/page-header/page-header";
import { getCurrentUser, requireUser } from "@/lib/auth/dal";
import { conversationAt } from "@/lib/feed/addresses";

interface ConversationPageProps {
  params: Promise<{ handle: string }>;
}

export async function generateMetadata({ params }: ConversationPageProps): Promise<Metadata> {
  const viewer = await getCurrentUser();
  const partner = viewer ? conversationAt((await params).handle, viewer.handle, new Date())?.[0] : undefined;
  return { title: partner ? `Messages with ${partner.displayName}` : "Conversation not found" };
}

export default async function ConversationPage({ params }: ConversationPageProps) {
  const rawHandle = (await params).handle;
  const viewer = await requireUser(`/messages/@${rawHandle}`);
  const now = new Date();
  const messages = conversationAt(rawHandle, viewer.handle, now);
  if (!messages?.[0]) {
    return <NotFoundBody title="Conversation not found" text="You have no messages with this person yet." />;
  }
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
