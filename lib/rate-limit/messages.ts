import type { RateLimitedAction } from "../config/rate-limits";

const WHAT: Record<RateLimitedAction, string> = {
  "sign-in": "Too many sign-in attempts.",
  "sign-up": "Too many sign-up attempts.",
  recovery: "Too many password reset attempts.",
  confirmation: "Too many confirmation attempts.",
  resend: "You have asked for several codes already.",
  api: "Too many requests.",
  email: "We can't send more emails right now.",
};

// Rounded up, so the wait is never longer than said.
export function describeWait(seconds: number): string {
  if (seconds <= 1) return "a second";
  if (seconds < 60) return `${Math.ceil(seconds)} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes === 1) return "a minute";
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? "an hour" : `${hours} hours`;
}

// The same text whichever key tripped, so it says nothing about whether an account exists.
export function rateLimitMessage(action: RateLimitedAction, retryAfterSeconds: number): string {
  return `${WHAT[action]} Please wait ${describeWait(retryAfterSeconds)} and try again.`;
}
