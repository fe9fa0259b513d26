import { SubmitButton } from "@/components/auth/submit-button";
import { attempt } from "@/lib/cognito/attempt";
import { listPasskeys, type Passkey } from "@/lib/cognito/passkeys";
import styles from "../settings.module.css";
import { removePasskeyAction, startPasskeyAction } from "./actions";

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

const KINDS: Record<string, string> = {
  platform: "On this device",
  "cross-platform": "Security key or phone",
};

function describe(passkey: Passkey): string {
  const kind = KINDS[passkey.attachment ?? ""] ?? "Passkey";
  return `${kind} · added ${when.format(passkey.createdAt)}`;
}

export async function PasskeysList({ accessToken }: { accessToken: string }) {
  const listed = await attempt(() => listPasskeys(accessToken));
  return (
    <>
      <p className={styles.muted}>Sign in with your fingerprint, face or screen lock instead of your password.</p>
      {!listed.ok && <p role="alert">{listed.error.message}</p>}
      {listed.ok && listed.value.length === 0 && <p>You have no passkeys yet.</p>}
      {listed.ok && listed.value.length > 0 && (
        <ul className={styles.list} aria-label="Your passkeys">
          {listed.value.map((passkey) => (
            <li key={passkey.id} className={styles.row}>
              <div>
                <strong>{passkey.name}</strong>
                <p className={styles.muted}>{describe(passkey)}</p>
              </div>
              <form action={removePasskeyAction}>
                <input type="hidden" name="id" value={passkey.id} />
                <SubmitButton variant="secondary" pendingLabel="Removing…">
                  Remove<span className="visually-hidden"> {passkey.name}</span>
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form action={startPasskeyAction}>
        <SubmitButton variant="secondary" pendingLabel="Starting…">
          Add a passkey
        </SubmitButton>
      </form>
    </>
  );
}
