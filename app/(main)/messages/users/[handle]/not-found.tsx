import type { Metadata } from "next";
import { NotFoundBody } from "@/components/notice-page/not-found-body";

export const metadata: Metadata = { title: "Conversation not found" };

export default function ConversationNotFound() {
  return <NotFoundBody title="Conversation not found" text="You have no messages with this person yet." />;
}
