import type { Metadata } from "next";
import { InfoPage } from "@/components/notice-page/info-page";

export const metadata: Metadata = { title: "Terms of service" };

export default function TermsPage() {
  return (
    <InfoPage
      title="Terms of service"
      paragraphs={["Be kind. Cruds expire, but what you say still matters while it lasts."]}
    />
  );
}
