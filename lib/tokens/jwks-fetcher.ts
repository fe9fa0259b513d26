import { FetchError } from "aws-jwt-verify/error";
import type { Fetcher } from "aws-jwt-verify/https";
import { errorKind, logProblem } from "../log/problem-log";

export const JWKS_TIMEOUT_MS = 3_000;
/** The longest a fetched JWKS is used before it is read again, whatever its Cache-Control says. */
export const JWKS_MAX_AGE_MS = 15 * 60_000;
const MIN_MAX_AGE_MS = 10_000;
const MAX_JWKS_BYTES = 64 * 1024;
const COOL_DOWN_MS = 2_000;

class JwksFetchError extends FetchError {
  constructor(
    url: string,
    readonly reason: string,
  ) {
    super(url, reason);
  }
}

/**
 * Fetches the pool's JWKS from one fixed URL, whatever URL the verifier asks for: the issuer
 * stays Cognito's even when an emulator serves the keys. Bounded in time and size, and after a
 * failure it refuses for a moment so an outage cannot turn every request into a fetch.
 */
export class JwksFetcher implements Fetcher {
  private coolUntil = 0;
  private lastBody = "";
  /** Changes whenever a fetch brings keys that differ from the last ones: cached verdicts keyed to it expire. */
  generation = 0;
  /** How long the last keys fetched may be used: their Cache-Control max-age, between 10 s and 15 minutes. */
  maxAgeMs = JWKS_MAX_AGE_MS;

  constructor(private readonly url: string) {}

  /** Failures are aws-jwt-verify's FetchError, so the verifier treats them as expected refusals. */
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
