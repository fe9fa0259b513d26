import styles from "@/components/auth/auth-form.module.css";
import { emulatorOutboxUrl, knownEndpoint } from "@/lib/config/emulator";
import { getConfig } from "@/lib/config/env";

/** In development against our emulator, codes land in its outbox instead of a mailbox. */
export async function DevOutboxLink({ email }: { email: string }) {
  const config = getConfig();
  if (config.isProduction || !config.cognitoEndpoint) return null;
  const href = emulatorOutboxUrl(config, await knownEndpoint(config.cognitoEndpoint), email);
  if (!href) return null;
  return (
    <p className={styles.devNote}>
      Development: no email is sent. <a href={href}>Open the emulator outbox</a> to read the code.
    </p>
  );
}
