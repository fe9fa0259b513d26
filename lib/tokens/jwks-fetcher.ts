import type { Fetcher } from "aws-jwt-verify/https";

export const JWKS_TIMEOUT_MS = 3_000;
const MAX_JWKS_BYTES = 64 * 1024;
const COOL_DOWN_MS = 2_000;

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

  constructor(private readonly url: string) {}

  async fetch(): Promise<ArrayBuffer> {
    if (Date.now() < this.coolUntil) throw new Error("JWKS fetch cooling down after a failure");
    try {
      const response = await fetch(this.url, {
        signal: AbortSignal.timeout(JWKS_TIMEOUT_MS),
        redirect: "error",
        headers: { accept: "application/json" },
      });
      if (response.status !== 200) throw new Error(`JWKS answered ${response.status}`);
      const body = await response.arrayBuffer();
      if (body.byteLength > MAX_JWKS_BYTES) throw new Error("JWKS too large");
      this.noteKeys(new TextDecoder().decode(body));
      return body;
    } catch (error) {
      this.coolUntil = Date.now() + COOL_DOWN_MS;
      console.warn("[jwt] JWKS fetch failed", { url: this.url, reason: (error as Error).message });
      throw error;
    }
  }

  private noteKeys(body: string): void {
    if (body !== this.lastBody) this.generation++;
    this.lastBody = body;
  }
}
