import { Avatar } from "@/components/avatar/avatar";
import { formatCreatedAt } from "@/lib/feed/format-time";
import type { Message } from "@/lib/feed/messages";
import styles from "./messages.module.css";

export function MessageList({ messages, now }: { messages: Message[]; now: Date }) {
  return (
    <ol className={styles.messages} aria-label="Messages">
      {messages.map((message) => (
        <li key={message.uuid} className={styles.message}>
          <Avatar name={message.displayName} size="sm" />
          <div>
            <p className={styles.meta}>
              <span className={styles.name}>{message.displayName}</span>{" "}
              <time className={styles.muted} dateTime={message.createdAt}>
                {formatCreatedAt(message.createdAt, now)}
              </time>
            </p>
            <p>{message.message}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
