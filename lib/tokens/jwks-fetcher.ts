import { FetchError } from "aws-jwt-verify/error";
import type { Fetcher } from "aws-jwt-verify/https";
import { errorKind, logProblem } from "../log/problem-log";

export const JWKS_TIMEOUT_MS = 3_000;
export const JWKS_MAX_AGE_MS = 15 * 60_000;
const MIN_MAX_AGE_MS = 10_000;
const MAX_JWKS_BYTES = 64 * 1024;
const COOL_DOWN_MS = 2_000;

// A FetchError, so the verifier counts a failed fetch as an expected refusal, not a problem.
class JwksFetchError extends FetchError {
  constructor(
    url: string,
    readonly reason: string,
  ) {
    super(url, reason);
  }
}

export class JwksFetcher implements Fetcher {
  private coolUntil = 0;
  private lastBody = "";
  generation = 0;
  maxAgeMs = JWKS_MAX_AGE_MS;

  constructor(private readonly url: string) {}

  // Ignores the URL the verifier asks for: the issuer stays Cognito's even when an emulator serves the keys.
  async fetch(): Promise<ArrayBuffer> {
    if (Date.now() < this.coolUntil) throw new JwksFetchError(this.url, "cooling down after a failure");
    try {
      const response = await fetch(this.url, {
        signal: AbortSignal.timeout(JWKS_TIMEOUT_MS),
        redirect: "error",
        headers: { accept: "application/json" },
      });
      if (response.status !== 200) throw new JwksFetchError(this.url, `answered ${response.status}`);
      const body = await response.arrayBuffer();
      if (body.byteLength > MAX_JWKS_BYTES) throw new JwksFetchError(this.url, "too large");
      this.noteKeys(new TextDecoder().decode(body));
      this.maxAgeMs = maxAgeOf(response.headers.get("cache-control"));
      return body;
    } catch (error) {
      this.coolUntil = Date.now() + COOL_DOWN_MS;
      const failure = error instanceof JwksFetchError ? error : new JwksFetchError(this.url, errorKind(error));
      logProblem("jwks.fetch-failed", { url: this.url, reason: failure.reason });
      throw failure;
    }
  }

  private noteKeys(body: string): void {
    if (body !== this.lastBody) this.generation++;
    this.lastBody = body;
  }
}

function maxAgeOf(cacheControl: string | null): number {
  const seconds = /(?:^|,)\s*max-age=(\d{1,9})\s*(?:,|$)/i.exec(cacheControl ?? "")?.[1];
  if (seconds === undefined) return JWKS_MAX_AGE_MS;
  return Math.min(JWKS_MAX_AGE_MS, Math.max(MIN_MAX_AGE_MS, Number(seconds) * 1000));
}
