/**
 * The one shape every auth form's server action returns to `useActionState`.
 * `values` echoes back what the person typed so nothing is lost after an error;
 * it never holds a password or a code.
 */
export type FieldErrors = Partial<Record<string, string[]>>;

export interface FormState {
  status: "idle" | "error" | "success";
  message?: string;
  /** Why the form failed (an AuthErrorCode), so the page can offer the next step. */
  reason?: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
}

export const initialFormState: FormState = { status: "idle" };
