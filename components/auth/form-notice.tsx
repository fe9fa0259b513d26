import styles from "./auth-form.module.css";

export function FormNotice({ message }: { message?: string }) {
  return (
    <div role="status" className={message ? styles.notice : styles.alertEmpty}>
      {message && <p>{message}</p>}
    </div>
  );
}
