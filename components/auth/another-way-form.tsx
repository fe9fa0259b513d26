import styles from "./auth-form.module.css";

/** A plain form (no JavaScript needed) back to the sign-in choices; `action` is the page's server action. */
export function AnotherWayForm({ action }: { action: () => Promise<void> }) {
  return (
    <form action={action} className={styles.inlineForm}>
      <button type="submit" className={styles.textButton}>
        Choose another way to sign in
      </button>
    </form>
  );
}
