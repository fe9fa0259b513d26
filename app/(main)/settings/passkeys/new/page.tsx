import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { SubmitButton } from "@/components/auth/submit-button";
import { PageHeader } from "@/components/page-header/page-header";
import { requireRecentConfirmation } from "@/lib/auth/step-up";
import { AUTH_ERRORS, type AuthErrorCode } from "@/lib/cognito/error-catalogue";
import { pendingRegistrationOptions } from "@/lib/flow-state/passkey-registration";
import { firstParam, type SearchParams } from "@/lib/navigation/search-params";
import styles from "../../settings.module.css";
import { startPasskeyAction } from "../actions";
import { CreatePasskey } from "./create-passkey";

export const metadata: Metadata = { title: "Add a passkey" };

const OPTIONS_ID = "passkey-creation-options";

/** Only a catalogue code from the URL, so a crafted link cannot put its own text on the page. */
const errorFrom = (code: string) =>
  Object.hasOwn(AUTH_ERRORS, code) ? AUTH_ERRORS[code as AuthErrorCode].message : undefined;

/** JSON inside a script element: "<" escaped, so no value (the person's name) can close the element. */
const scriptJson = (json: string) => json.replace(/</g, "\\u003c");

export default async function NewPasskeyPage({ searchParams }: { searchParams: SearchParams }) {
  const session = await requireRecentConfirmation("/settings/passkeys/new");
  const [options, nonce, params] = await Promise.all([
    pendingRegistrationOptions(session.user.sub),
    headers().then((list) => list.get("x-nonce") ?? undefined),
    searchParams,
  ]);
  const error = errorFrom(firstParam(params.error));
  return (
    <>
      <PageHeader title="Add a passkey" />
      <div className={styles.page}>
        <section className={styles.section} aria-labelledby="new-passkey-heading">
          <h2 id="new-passkey-heading">Sign in with your fingerprint, face or screen lock</h2>
          <p className={styles.muted}>
            A passkey stays on your device or in your password manager. Cruddur never sees it, and it only works on
            Cruddur, so nobody can trick you into handing it over.
          </p>
          {error && <p role="alert">{error}</p>}
          {options && !error ? (
            <>
              <script
                id={OPTIONS_ID}
                type="application/json"
                nonce={nonce}
                dangerouslySetInnerHTML={{ __html: scriptJson(options) }}
              />
              <CreatePasskey optionsId={OPTIONS_ID} needsJavaScript={AUTH_ERRORS["passkey-needs-javascript"].message} />
            </>
          ) : (
            <form action={startPasskeyAction}>
              <SubmitButton pendingLabel="Starting…">Add a passkey</SubmitButton>
            </form>
          )}
          <p>
            <Link href="/settings">Back to settings</Link>
          </p>
        </section>
      </div>
    </>
  );
}
