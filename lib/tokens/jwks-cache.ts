import { SimpleJwksCache, type Jwks } from "aws-jwt-verify/jwk";
import type { JwksFetcher } from "./jwks-fetcher";

/** After a failed refresh, the next attempt waits this long rather than coming with every request. */
const RETRY_MS = 30_000;

/**
 * aws-jwt-verify's cache reads the JWKS again only for a kid it does not know, so a key Cognito
 * stops publishing would be trusted until the process restarts. This one also re-reads a JWKS
 * once it is older than its max-age (15 minutes at most): in the background, while requests go
 * on with the keys it has. Unknown kids still fetch at most once per 10 s (its penalty box).
 */
export class RefreshingJwksCache extends SimpleJwksCache {
  private readonly refreshAt = new Map<string, number>();

  constructor(private readonly source: JwksFetcher) {
    super({ fetcher: source });
  }

  override async getJwks(jwksUri: string): Promise<Jwks> {
    this.refreshAt.set(jwksUri, Date.now() + RETRY_MS);
    const jwks = await super.getJwks(jwksUri);
    this.refreshAt.set(jwksUri, Date.now() + this.source.maxAgeMs);
    return jwks;
  }

  /** Starts a re-read of every JWKS past its max-age; the verdicts reached with the old keys end when the keys change. */
  refreshIfDue(now = Date.now()): void {
    for (const [jwksUri, due] of this.refreshAt) {
      if (now >= due) this.getJwks(jwksUri).catch(() => undefined);
    }
  }
}
