"use client";

import { startTransition, useActionState, useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { initialFormState, type FieldErrors, type FormState } from "@/lib/forms/form-state";

type Cleared = { of: FormState; names: string[]; all?: boolean };

type ServerAction = (previous: FormState, formData: FormData) => Promise<FormState>;
type Checks = (formData: FormData) => FieldErrors;

interface AuthFormOptions {
  initialState?: FormState;
  /** Loads the checks run in the browser before posting (field errors stop the round trip). */
  checks?: () => Promise<Checks>;
}

/**
 * A server-action form that keeps what was typed: with JavaScript it posts from `onSubmit`, so
 * React's reset after an action never empties the fields; without it, the action posts as usual.
 * A field's error leaves as soon as the field is edited, and focus goes where the user must act.
 */
export function useAuthForm(action: ServerAction, options: AuthFormOptions = {}) {
  const { checks } = options;
  const [serverState, dispatch] = useActionState(action, options.initialState ?? initialFormState);
  const [refused, setRefused] = useState<{ after: FormState; state: FormState }>();
  const latest = refused?.after === serverState ? refused.state : serverState;
  const [cleared, setCleared] = useState<Cleared>({ of: latest, names: [] });
  const state = cleared.of === latest ? withoutErrors(latest, cleared) : latest;
  const formRef = useRef<HTMLFormElement>(null);
  const loadedChecks = useRef<Promise<Checks | undefined>>(undefined);
  // Started by the first input, so the checks are there by the time the form is sent; the server
  // checks everything again, so a failed load only means a round trip.
  const loadChecks = () => (loadedChecks.current ??= checks?.().catch(() => undefined) ?? Promise.resolve(undefined));

  useEffect(() => {
    if (latest.status !== "error") return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>("[data-form-alert]");
    target?.focus();
  }, [latest]);

  const clearField = (name: string) =>
    setCleared((previous) => ({ of: latest, names: previous.of === latest ? [...previous.names, name] : [name] }));
  const dismissErrors = useCallback(() => setCleared({ of: latest, names: [], all: true }), [latest]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget, submitterOf(event));
    // A transition started during the submit event is what makes React show the form as pending.
    startTransition(async () => {
      const fieldErrors = (await loadChecks())?.(formData);
      if (fieldErrors && Object.keys(fieldErrors).length > 0) {
        const refusal = { status: "error", fieldErrors, values: latest.values } as const;
        startTransition(() => setRefused({ after: serverState, state: refusal }));
        return;
      }
      startTransition(() => dispatch(formData));
    });
  };

  const onInput = (event: FormEvent<HTMLFormElement>) => {
    void loadChecks();
    const { name } = event.target as HTMLInputElement;
    if (name && state.fieldErrors?.[name]) clearField(name);
  };

  return {
    state,
    formRef,
    dismissErrors,
    formProps: { ref: formRef, action: dispatch, onSubmit, onInput, noValidate: true },
  };
}

function submitterOf(event: FormEvent<HTMLFormElement>): HTMLElement | null {
  const { submitter } = event.nativeEvent as SubmitEvent;
  return submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement ? submitter : null;
}

function withoutErrors(state: FormState, { names, all }: Cleared): FormState {
  if (all) return { status: "idle", values: state.values };
  if (names.length === 0 || !state.fieldErrors) return state;
  const fieldErrors = Object.fromEntries(Object.entries(state.fieldErrors).filter(([name]) => !names.includes(name)));
  return { ...state, fieldErrors };
}
