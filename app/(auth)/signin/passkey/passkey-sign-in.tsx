"use client";

import { startTransition, useActionState, useCallback, useEffect, useRef, useState } from "react";
import styles from "@/components/auth/auth-form.module.css";
import { FormAlert } from "@/components/auth/form-alert";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { signInWithPasskey } from "./actions";

export const REQUEST_OPTIONS_ID = "passkey-request-options";

const CANCELLED: FormState = {
  status: "error",
  message: "The passkey request was cancelled or timed out. Try again, or choose another way to sign in.",
};
const UNSUPPORTED: FormState = {
  status: "error",
  message: "This browser can't use passkeys. Please choose another way to sign in.",
};

/** The options the page embedded; read at each try, since a refused passkey re-renders them. */
function requestOptions(): PublicKeyCredentialRequestOptions {
  const json = document.getElementById(REQUEST_OPTIONS_ID)?.textContent ?? "{}";
  return PublicKeyCredential.parseRequestOptionsFromJSON(JSON.parse(json) as PublicKeyCredentialRequestOptionsJSON);
}

/** The only script of the sign-in pages: asks the browser for a passkey and posts its assertion. */
export function PasskeySignIn() {
  const [state, formAction, pending] = useActionState(signInWithPasskey, initialFormState);
  const [problem, setProblem] = useState<FormState | null>(null);
  const [asking, setAsking] = useState(false);
  const started = useRef(false);

  const ask = useCallback(async () => {
    if (typeof window.PublicKeyCredential?.parseRequestOptionsFromJSON !== "function") return setProblem(UNSUPPORTED);
    setProblem(null);
    setAsking(true);
    try {
      const credential = await navigator.credentials.get({ publicKey: requestOptions() });
      if (!(credential instanceof PublicKeyCredential)) return setProblem(CANCELLED);
      const formData = new FormData();
      formData.set("credential", JSON.stringify(credential.toJSON()));
      startTransition(() => formAction(formData));
    } catch {
      setProblem(CANCELLED);
    } finally {
      setAsking(false);
    }
  }, [formAction]);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void ask();
  }, [ask]);

  const busy = asking || pending;
  return (
    <div className={styles.form}>
      <FormAlert state={problem ?? state} autoFocus />
      <div className={styles.actions}>
        <button
          type="button"
          className={styles.primary}
          onClick={() => void ask()}
          disabled={busy}
          aria-disabled={busy}
        >
          {busy ? "Waiting for your passkey…" : "Try again"}
        </button>
      </div>
    </div>
  );
}
