import { noticeText } from "./notices";
import styles from "./page-notice.module.css";

/** A one-line notice above a page's content, chosen by code from the URL. */
export function PageNotice({ code }: { code: string }) {
  const text = noticeText(code);
  return (
    <div role="status" className={text ? styles.notice : undefined}>
      {text && <p>{text}</p>}
    </div>
  );
}
