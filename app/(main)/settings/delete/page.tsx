import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header/page-header";
import { requireRecentConfirmation } from "@/lib/auth/step-up";
import { accountDetails } from "@/lib/cognito/account";
import { attempt } from "@/lib/cognito/attempt";
import styles from "../settings.module.css";
import { DeleteAccountForm } from "./delete-form";

export const metadata: Metadata = { title: "Delete your account" };

export default async function DeleteAccountPage() {
  const session = await requireRecentConfirmation("/settings/delete");
  const account = await attempt(() => accountDetails(session.accessToken));
  return (
    <>
      <PageHeader title="Delete your account" />
      <div className={styles.page}>
        <section className={`${styles.section} ${styles.danger}`} aria-labelledby="delete-heading">
          <h2 id="delete-heading">This cannot be undone</h2>
          <p>
            Your Cruddur account and everything in it will be deleted, and you&apos;ll be signed out on every device.
            You won&apos;t be able to sign in with this account again.
          </p>
          <DeleteAccountForm email={account.ok ? account.value.email : session.user.email} />
        </section>
      </div>
    </>
  );
}
