import styles from "@/components/auth/auth-form.module.css";
import { emulatorOutboxUrl } from "@/lib/config/emulator";
import { getConfig } from "@/lib/config/env";

/** In development against the emulator, codes land in its outbox instead of a mailbox. */
export function DevOutboxLink({ email }: { email: string }) {
  const href = emulatorOutboxUrl(getConfig(), email);
  if (!href) return null;
  return (
    <p className={styles.devNote}>
      Development: no email is sent. <a href={href}>Open the emulator outbox</a> to read the code.
    </p>
  );
}
