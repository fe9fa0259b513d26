import { PageHeader } from "@/components/page-header/page-header";
import styles from "./notice-page.module.css";

export function InfoPage({ title, paragraphs }: { title: string; paragraphs: string[] }) {
  return (
    <>
      <PageHeader title={title} />
      <div className={styles.body}>
        {paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
    </>
  );
}
