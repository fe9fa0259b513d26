import "server-only";
import { json } from "../api/responses";

/**
 * 429 with Retry-After in seconds (RFC 9110 §10.2.3) and the friendly text as JSON. Takes a
 * refused `authRateLimit.check(...)`, or any `{ message, retryAfterSeconds }` (a throttled Cognito call).
 */
export function tooManyRequests({ message, retryAfterSeconds }: { message: string; retryAfterSeconds: number }) {
  return json(
    { error: "rate_limited", message, retryAfterSeconds },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } },
  );
}

/** 503 with Retry-After: Cognito is unreachable, so the answer cannot be given honestly now. */
export function serviceUnavailable({ message, retryAfterSeconds }: { message: string; retryAfterSeconds: number }) {
  return json(
    { error: "service_unavailable", message, retryAfterSeconds },
    { status: 503, headers: { "Retry-After": String(retryAfterSeconds) } },
  );
}
