import type { Metadata } from "next";
import { InfoPage } from "@/components/notice-page/info-page";

export const metadata: Metadata = { title: "Privacy Policy" };

export default function PrivacyPage() {
  return (
    <InfoPage
      title="Privacy Policy"
      paragraphs={[
        "Your session is kept in encrypted, HttpOnly cookies; your tokens never reach browser scripts.",
        "Cruds are deleted when they expire.",
      ]}
    />
  );
}
