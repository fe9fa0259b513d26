import type { PasswordRule } from "@/lib/password-policy/rules";
import styles from "./password-checklist.module.css";

interface PasswordChecklistProps {
  rules: PasswordRule[];
  /** Until something is typed, the summary stays quiet so screen readers hear it only on change. */
  typed: boolean;
}

export function PasswordChecklist({ rules, typed }: PasswordChecklistProps) {
  const met = rules.filter((rule) => rule.met).length;
  return (
    <>
      <p className={styles.heading}>Your password needs:</p>
      <ul className={styles.list}>
        {rules.map((rule) => (
          <li key={rule.id} className={rule.met ? styles.met : styles.unmet}>
            <span aria-hidden="true" className={styles.mark}>
              {rule.met ? "✓" : "•"}
            </span>
            {rule.label}
            <span className={styles.visuallyHidden}>{rule.met ? " (done)" : " (not yet)"}</span>
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className={styles.visuallyHidden}>
        {typed ? `${met} of ${rules.length} password rules met.` : ""}
      </p>
    </>
  );
}
