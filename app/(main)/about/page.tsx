import type { Metadata } from "next";
import { InfoPage } from "@/components/notice-page/info-page";

export const metadata: Metadata = { title: "About" };

export default function AboutPage() {
  return (
    <InfoPage
      title="About"
      paragraphs={[
        "Cruddur is a micro-blogging platform where every post, a crud, expires.",
        "Say what you want to say. Don't think about it, just crud it!",
      ]}
    />
  );
}
