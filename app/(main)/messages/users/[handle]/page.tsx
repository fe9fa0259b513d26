import type { Metadata } from "next";
import Link from "next/link";
import { MessageList } from "@/components/messages/message-list";
import styles from "@/components/messages/messages.module.css";
import { PageHeader } from "@/components/page-header/page-header";
import { requireUser } from "@/lib/auth/dal";
import { getMessages } from "@/lib/feed/messages";
import { findAuthor, normalizeHandle } from "@/lib/feed/users";
import ConversationNotFound from "./not-found";

interface ConversationPageProps {
  params: Promise<{ handle: string }>;
}

export async function generateMetadata({ params }: ConversationPageProps): Promise<Metadata> {
  const handle = normalizeHandle((await params).handle);
  const author = handle ? findAuthor(handle) : null;
  return { title: author ? `Messages with ${author.displayName}` : "Messages" };
}

export default async function ConversationPage({ params }: ConversationPageProps) {
  const rawHandle = (await params).handle;
  const viewer = await requireUser(`/messages/@${rawHandle}`);
  const handle = normalizeHandle(rawHandle);
  const now = new Date();
  const messages = handle ? getMessages(handle, now, viewer.handle) : null;
  if (!messages?.[0]) return <ConversationNotFound />;
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
