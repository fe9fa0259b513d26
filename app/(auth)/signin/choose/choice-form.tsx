"use client";

import { useActionState, useRef } from "react";
import styles from "@/components/auth/auth-form.module.css";
import { ChoiceButton } from "@/components/auth/choice-button";
import { FormAlert } from "@/components/auth/form-alert";
import { PasswordField } from "@/components/auth/password-field";
import { firstInvalidField, useFocusFirstError } from "@/components/auth/use-focus-first-error";
import { usePasskeySupport } from "@/components/auth/use-passkey-support";
import { initialFormState } from "@/lib/forms/form-state";
import { chooseSignIn } from "./actions";

/** Enter in the password field presses the first button, "Use my password". */
export function ChoiceForm({ offersPasskey }: { offersPasskey: boolean }) {
  const [state, formAction] = useActionState(chooseSignIn, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const focusField = firstInvalidField(state, ["password"]);
  const passkeys = usePasskeySupport() && offersPasskey;
  return (
    <form ref={formRef} action={formAction} className={styles.form} noValidate>
      <PasswordField
        name="password"
        label="Password"
        errors={state.fieldErrors?.password}
        autoFocus={focusField === "password"}
      />
      <div className={styles.actions}>
        <ChoiceButton value="password" variant="primary" pendingLabel="Signing in…">
          Use my password
        </ChoiceButton>
      </div>
      <p className={styles.choiceDivider}>Or, without your password:</p>
      <div className={styles.choices}>
        <ChoiceButton value="email-code" pendingLabel="Sending…">
          Email me a code
        </ChoiceButton>
        {passkeys && (
          <ChoiceButton value="passkey" pendingLabel="Starting…">
            Use a passkey
          </ChoiceButton>
        )}
      </div>
      <FormAlert state={state} autoFocus={!focusField} />
    </form>
  );
}
