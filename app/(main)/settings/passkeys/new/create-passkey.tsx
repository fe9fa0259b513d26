"use client";

import { startTransition, useActionState, useState, useSyncExternalStore } from "react";
import authStyles from "@/components/auth/auth-form.module.css";
import { FormAlert } from "@/components/auth/form-alert";
import { initialFormState } from "@/lib/forms/form-state";
import styles from "../../settings.module.css";
import { completePasskeyAction } from "../actions";

const noChanges = () => () => {};
const hydrated = () => true;
const serverRendered = () => false;

interface CreatePasskeyProps {
  /** The id of the page's JSON script holding PublicKeyCredentialCreationOptionsJSON. */
  optionsId: string;
  needsJavaScript: string;
}

export function CreatePasskey({ optionsId, needsJavaScript }: CreatePasskeyProps) {
  const [state, complete, completing] = useActionState(completePasskeyAction, initialFormState);
  const ready = useSyncExternalStore(noChanges, hydrated, serverRendered);
  const [asking, setAsking] = useState(false);

  async function create() {
    setAsking(true);
    const answer = new FormData();
    try {
      const options: unknown = JSON.parse(document.getElementById(optionsId)?.textContent ?? "");
      const publicKey = PublicKeyCredential.parseCreationOptionsFromJSON(
        options as PublicKeyCredentialCreationOptionsJSON,
      );
      const credential = (await navigator.credentials.create({ publicKey })) as PublicKeyCredential;
      answer.set("credential", JSON.stringify(credential.toJSON()));
    } catch (error) {
      answer.set("failed", error instanceof DOMException ? error.name : "Unsupported");
    }
    setAsking(false);
    startTransition(() => complete(answer));
  }

  const busy = asking || completing;
  return (
    <div className={styles.form}>
      {!ready && <p className={authStyles.alert}>{needsJavaScript}</p>}
      <FormAlert state={state} autoFocus />
      <div>
        <button type="button" className={authStyles.primary} onClick={create} disabled={!ready || busy}>
          {busy ? "Waiting for your passkey…" : "Create passkey"}
        </button>
      </div>
    </div>
  );
}
