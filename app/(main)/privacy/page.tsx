import type { Metadata } from "next";
import { InfoPage } from "@/components/notice-page/info-page";

export const metadata: Metadata = { title: "Privacy policy" };

export default function PrivacyPage() {
  return (
    <InfoPage
      title="Privacy policy"
      paragraphs={[
        "Your session is kept in encrypted, HttpOnly cookies; your tokens never reach browser scripts.",
        "Cruds are deleted when they expire.",
      ]}
    />
  );
}
