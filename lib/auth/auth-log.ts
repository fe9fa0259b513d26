import { AUTH_ERRORS, type AuthErrorCode } from "../cognito/error-catalogue";
import { RATE_LIMITED_ACTIONS, RATE_LIMIT_KEYS } from "../config/rate-limits";
import { accountId, type Account } from "../log/account-id";
import { redact, type LogRecord } from "../log/redact";

type AuthEvent = "sign-in" | "sign-out" | "refresh" | "lockout" | "rate-limited" | "email-change" | "account-deletion";
type RefreshFailure = "revoked" | "user-mismatch" | "service-unavailable" | "stale-copy";

const LOCKOUTS = new Set<string>(["locked-out", "too-many-failed-attempts"]);
const REASONS = new Set<string>([
  ...Object.keys(AUTH_ERRORS),
  "revoked",
  "user-mismatch",
  "service-unavailable",
  "stale-copy",
]);
const KNOWN = new Set<string>([...REASONS, ...RATE_LIMITED_ACTIONS, ...RATE_LIMIT_KEYS]);
// Cognito's request ids are UUIDs: a shape no password, code or token of ours has.
const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checked(fields: LogRecord): LogRecord {
  const kept: LogRecord = {};
  for (const [name, value] of Object.entries(fields)) {
    if (
      typeof value === "string"
        ? name === "cognitoRequestId"
          ? REQUEST_ID.test(value)
          : KNOWN.has(value)
        : Number.isFinite(value) || typeof value === "boolean"
    ) {
      kept[name] = value;
    }
  }
  return kept;
}

export function createAuthLog(write: (line: string) => void) {
  const emit = async (event: AuthEvent, outcome: string, account: Account, fields: LogRecord) => {
    try {
      const record = {
        time: new Date().toISOString(),
        log: "auth",
        event,
        outcome,
        ...checked(fields),
        account: await accountId(account),
      };
      write(JSON.stringify(redact(record)));
    } catch {
      // Logging must never break sign-in.
    }
  };
  return {
    signInSucceeded: (email: string) => emit("sign-in", "success", email, {}),
    signInFailed: (email: string, error: { code: AuthErrorCode; requestId?: string }) =>
      emit(LOCKOUTS.has(error.code) ? "lockout" : "sign-in", "failure", email, {
        reason: error.code,
        cognitoRequestId: error.requestId,
      }),
    signedOut: (user: Account, options: { everywhere: boolean }) =>
      emit("sign-out", "success", user, { everywhere: options.everywhere }),
    signOutEverywhereFailed: (user: Account) => emit("sign-out", "failure", user, { everywhere: true }),
    passwordChangeSignOut: (email: string, ended: { atCognito: boolean; kept: boolean }) =>
      emit("sign-out", ended.atCognito && ended.kept ? "success" : "failure", email, { afterChange: true, ...ended }),
    passwordResetSignOut: (email: string, ended: { atCognito: boolean; local: boolean }) =>
      emit("sign-out", ended.atCognito && ended.local ? "success" : "failure", email, { afterReset: true, ...ended }),
    emailChanged: (user: Account, settled: { sessionRenewed: boolean }) =>
      emit("email-change", "success", user, settled),
    accountDeleted: (user: Account, ended: { local: boolean }) =>
      emit("account-deletion", ended.local ? "success" : "failure", user, ended),
    refreshed: (user: Account) => emit("refresh", "success", user, {}),
    refreshFailed: (user: Account, reason: RefreshFailure) => emit("refresh", "failure", user, { reason }),
    refreshTokenReused: (user: Account) =>
      emit("refresh", "failure", user, { reason: "refresh-token-reused", signInEnded: true, suspectedTheft: true }),
    rateLimited: (event: { action: string; key: string; account?: string; retryAfterSeconds: number }) =>
      emit("rate-limited", "blocked", event.account, {
        action: event.action,
        limitKey: event.key,
        retryAfterSeconds: event.retryAfterSeconds,
      }),
  };
}

export type AuthLog = ReturnType<typeof createAuthLog>;

export const authLog: AuthLog = createAuthLog((line) => console.log(line));
