import styles from "./auth-form.module.css";

export function AnotherWayForm({ action }: { action: () => Promise<void> }) {
  return (
    <form action={action} className={styles.inlineForm}>
      <button type="submit" className={styles.textButton}>
        Choose another way to sign in
      </button>
    </form>
  );
}
