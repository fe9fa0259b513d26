import { noticeText } from "./notices";
import styles from "./page-notice.module.css";

export function PageNotice({ code }: { code: string }) {
  const text = noticeText(code);
  return (
    <div role="status" className={text ? styles.notice : undefined}>
      {text && <p>{text}</p>}
    </div>
  );
}
