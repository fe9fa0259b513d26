import { mkdirSync, writeFileSync } from "node:fs";

/** Every fault case the suite runs: docs/reliability.md lists exactly these, with what each test observed. */
export const FAULT_CASES = {
  "outage-pages": {
    fault: "Emulator stopped mid-session",
    expected: "signed-in pages and the Bearer API keep answering from the verified session (JWKS cached)",
    spec: "faults-outage",
  },
  "outage-sign-in": {
    fault: "Emulator stopped: sign-in",
    expected: "the form says the sign-in service is unavailable; no session cookie",
    spec: "faults-outage",
  },
  "outage-sign-out": {
    fault: "Emulator stopped: sign-out",
    expected: "signed out locally; the old cookie, replayed, is refused",
    spec: "faults-outage",
  },
  "cognito-hangs": {
    fault: "Cognito accepts connections and never answers",
    expected: "sign-in answers with the service-unavailable message (SDK timeouts), no session cookie",
    spec: "faults-cognito",
  },
  "throttled-sign-in-toomanyrequests": {
    fault: "InitiateAuth → TooManyRequestsException",
    expected: "friendly try-again message in the form; no session cookie",
    spec: "faults-cognito",
  },
  "throttled-sign-in-limitexceeded": {
    fault: "InitiateAuth → LimitExceededException",
    expected: "friendly try-again message in the form; no session cookie",
    spec: "faults-cognito",
  },
  "throttled-api-me": {
    fault: "GetUser → TooManyRequestsException on /api/me",
    expected: "429 with Retry-After and a JSON error, not a half-empty profile",
    spec: "faults-cognito",
  },
  "throttled-api-feed": {
    fault: "GetUser → TooManyRequestsException on /api/activities/home",
    expected: "200 with Lore's crud: the token verified locally, the feed needs no profile",
    spec: "faults-cognito",
  },
  "throttled-refresh": {
    fault: "REFRESH_TOKEN_AUTH → TooManyRequestsException with an expired access token",
    expected: "the session survives: once Cognito answers again the member is still signed in",
    spec: "faults-cognito",
  },
  "concurrent-refresh": {
    fault: "50 parallel requests with one expiring session",
    expected: "all 50 answer as the member; still signed in afterwards",
    spec: "faults-cognito",
  },
  "jwks-hang": {
    fault: "JWKS never answers on a cold start",
    expected: "fail closed: Bearer 401, protected page → /signin, within the JWKS timeout",
    spec: "faults-jwks",
  },
  "jwks-error": {
    fault: "JWKS answers 500 on a cold start",
    expected: "fail closed: Bearer 401, protected page → /signin",
    spec: "faults-jwks",
  },
  "jwks-garbage": {
    fault: "JWKS answers non-JSON, or JSON that is no RSA key set",
    expected: "fail closed: Bearer 401, protected page → /signin",
    spec: "faults-jwks",
  },
  "jwks-slow": {
    fault: "JWKS answers late, within the app's timeout",
    expected: "tokens verify: 200 and the member's page",
    spec: "faults-jwks",
  },
  "jwks-rotation": {
    fault: "Key rotation: a new kid signs new tokens, JWKS serves old and new",
    expected: "tokens of both kids verify",
    spec: "faults-jwks",
  },
  "config-missing": {
    fault: "next start without AWS_COGNITO_USER_POOL_ID",
    expected: "refuses to start: exits non-zero naming the variable; never serves 500s",
    spec: "faults-config",
  },
  "config-short-secret": {
    fault: "next start with a 10-character SESSION_SECRET",
    expected: "refuses to start: exits non-zero naming SESSION_SECRET and the minimum",
    spec: "faults-config",
  },
  "config-typo": {
    fault: "next start with AWS_COGNITO_USERPOOL_ID (typo) instead of AWS_COGNITO_USER_POOL_ID",
    expected: "refuses to start: exits non-zero with “did you mean AWS_COGNITO_USER_POOL_ID?”",
    spec: "faults-config",
  },
  "config-valid": {
    fault: "next start with a valid configuration (control)",
    expected: "starts and serves pages",
    spec: "faults-config",
  },
  "redis-stopped-pages": {
    fault: "Redis stopped: a signed-in member's pages and API",
    expected:
      "fail closed: the signed-out view with a notice, protected page → /signin with the notice, API 503 with Retry-After; never 500",
    spec: "faults-redis",
  },
  "redis-stopped-sign-in": {
    fault: "Redis stopped: sign-in and sign-out",
    expected: "sign-in says the service is unavailable (no cookie); sign-out clears the cookie",
    spec: "faults-redis",
  },
  "redis-restarted": {
    fault: "Redis restarted (no persistence)",
    expected: "recovers by itself: a new sign-in works without restarting the app",
    spec: "faults-redis",
  },
  "redis-slow": {
    fault: "Redis paused (CLIENT PAUSE) for 3 s",
    expected: "pages answer within a second or two with the notice, never hang; signed in again when Redis answers",
    spec: "faults-redis",
  },
} as const satisfies Record<string, { fault: string; expected: string; spec: string }>;

export type FaultCaseId = keyof typeof FAULT_CASES;

export const FAULT_RESULTS_DIR = `${process.env.E2E_OUTPUT_DIR ?? "test-results"}/reliability/faults`;

/** Called by a fault test once its assertions passed: what it saw, for docs/reliability.md. */
export function recordFault(id: FaultCaseId, observed: string): void {
  mkdirSync(FAULT_RESULTS_DIR, { recursive: true });
  writeFileSync(`${FAULT_RESULTS_DIR}/${id}.json`, JSON.stringify({ id, observed, at: new Date().toISOString() }));
}
