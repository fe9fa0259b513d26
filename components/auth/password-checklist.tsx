import type { PasswordRule } from "@/lib/password-policy/rules";
import styles from "./password-checklist.module.css";

interface PasswordChecklistProps {
  rules: PasswordRule[];
  /** Until something is typed, the summary stays quiet so screen readers hear it only on change. */
  typed: boolean;
  /** After a refused submit: the rules still unmet are marked as missing. */
  missingShown: boolean;
}

export function PasswordChecklist({ rules, typed, missingShown }: PasswordChecklistProps) {
  const met = rules.filter((rule) => rule.met).length;
  const unmetClass = missingShown ? styles.missing : styles.unmet;
  return (
    <>
      <p className={missingShown ? `${styles.heading} ${styles.missing}` : styles.heading}>
        {missingShown ? "Your password still needs:" : "Your password needs:"}
      </p>
      <ul className={styles.list}>
        {rules.map((rule) => (
          <li key={rule.id} className={rule.met ? styles.met : unmetClass}>
            <span aria-hidden="true" className={styles.mark}>
              {rule.met ? "✓" : missingShown ? "✗" : "•"}
            </span>
            {rule.label}
            <span className={styles.visuallyHidden}>
              {rule.met ? " (done)" : missingShown ? " (missing)" : " (not yet)"}
            </span>
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className={styles.visuallyHidden}>
        {typed ? `${met} of ${rules.length} password rules met.` : ""}
      </p>
    </>
  );
}
