"use client";

import { useEffect, type RefObject } from "react";
import type { FormState } from "@/lib/forms/form-state";

export function firstInvalidField(state: FormState, fieldOrder: readonly string[]): string | undefined {
  if (state.status !== "error") return undefined;
  return fieldOrder.find((name) => (state.fieldErrors?.[name]?.length ?? 0) > 0);
}

// After a failed submission with JavaScript on, `autoFocus` no longer applies (the inputs are
// already mounted), so focus is moved by hand: the field the alert is about (a wrong password),
// else the first invalid field, else the form's alert.
export function useFocusFirstError(
  formRef: RefObject<HTMLFormElement | null>,
  state: FormState,
  alertField?: string,
): void {
  useEffect(() => {
    if (state.status !== "error") return;
    const form = formRef.current;
    const target =
      (alertField ? form?.querySelector<HTMLElement>(`[name="${alertField}"]`) : null) ??
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>("[data-form-alert]");
    target?.focus();
  }, [formRef, state, alertField]);
}
