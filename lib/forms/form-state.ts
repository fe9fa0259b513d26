import type { AuthErrorCode } from "../cognito/error-catalogue";

export type FieldErrors = Partial<Record<string, string[]>>;

/** Why a form failed, so the page can offer the next step. */
export type FormReason = AuthErrorCode | "rate-limited";

/** What every auth form's action returns; `values` keeps what was typed, never a password. */
export interface FormState {
  status: "idle" | "error" | "success";
  message?: string;
  reason?: FormReason;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
  /** Seconds before the server accepts this again: shown as a countdown, never as an error. */
  retryAfterSeconds?: number;
}

export const initialFormState: FormState = { status: "idle" };

export function failure(
  { message, code }: { message: string; code: FormReason },
  values?: Record<string, string>,
): FormState {
  return { status: "error", message, reason: code, values };
}
