import { SubmitButton } from "@/components/auth/submit-button";
import { signInRegistry } from "@/lib/auth/shared-state";
import styles from "../settings.module.css";
import { endOtherSignInsAction, endSignInAction } from "./actions";
import { describeDevice } from "./describe-device";

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export async function SessionsList({ current, sub }: { current: string; sub: string }) {
  const signIns = (await signInRegistry().list(sub)).sort(
    (a, b) => Number(b.sid === current) - Number(a.sid === current),
  );
  return (
    <>
      <ul className={styles.list} aria-label="Your sign-ins">
        {signIns.map(({ sid, record, lastActiveAt }) => (
          <li key={sid} className={styles.row}>
            <div>
              <strong>{describeDevice(record.userAgent)}</strong>
              {sid === current && <span className={styles.muted}> · this device</span>}
              <p className={styles.muted}>
                Signed in {when.format(record.startedAt)} UTC · last active {when.format(lastActiveAt)} UTC
              </p>
            </div>
            {sid !== current && (
              <form action={endSignInAction}>
                <input type="hidden" name="sid" value={sid} />
                <SubmitButton variant="secondary" pendingLabel="Signing out…">
                  Sign out<span className="visually-hidden"> {describeDevice(record.userAgent)}</span>
                </SubmitButton>
              </form>
            )}
          </li>
        ))}
      </ul>
      {signIns.length > 1 && (
        <form action={endOtherSignInsAction}>
          <SubmitButton variant="secondary" pendingLabel="Signing out…">
            Sign out of all other devices
          </SubmitButton>
        </form>
      )}
    </>
  );
}
