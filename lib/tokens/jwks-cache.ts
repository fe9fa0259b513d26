import { SimpleJwksCache, type Jwks } from "aws-jwt-verify/jwk";
import type { JwksFetcher } from "./jwks-fetcher";

const RETRY_FAILED_REFRESH_MS = 30_000;

// aws-jwt-verify re-reads a JWKS only for an unknown kid: a retired key would be trusted until a restart.
export class RefreshingJwksCache extends SimpleJwksCache {
  private readonly refreshAt = new Map<string, number>();

  constructor(private readonly source: JwksFetcher) {
    super({ fetcher: source });
  }

  override async getJwks(jwksUri: string): Promise<Jwks> {
    this.refreshAt.set(jwksUri, Date.now() + RETRY_FAILED_REFRESH_MS);
    const jwks = await super.getJwks(jwksUri);
    this.refreshAt.set(jwksUri, Date.now() + this.source.maxAgeMs);
    return jwks;
  }

  refreshIfDue(now = Date.now()): void {
    for (const [jwksUri, due] of this.refreshAt) {
      if (now >= due) this.getJwks(jwksUri).catch(() => undefined);
    }
  }
}
