/** At most this long before expiry a token is refreshed; shorter-lived tokens refresh in their last quarter. */
const REFRESH_WINDOW_SECONDS = 5 * 60;

/**
 * Whether the access token is expired or close enough to expiry to refresh now. Reading `iat`
 * without verifying is safe here: the token came out of our authenticated seal, and this only
 * decides when to ask Cognito for a new one.
 */
export function refreshDue(accessToken: string, accessExpiresAt: number, nowSeconds: number): boolean {
  const window = Math.min(REFRESH_WINDOW_SECONDS, accessLifetimeSeconds(accessToken, accessExpiresAt) / 4);
  return accessExpiresAt - nowSeconds <= window;
}

/** How long the app client's access tokens live (exp − iat); an hour when the token does not say. */
export function accessLifetimeSeconds(accessToken: string, accessExpiresAt: number): number {
  const issuedAt = issuedAtOf(accessToken);
  return issuedAt === undefined ? 3600 : accessExpiresAt - issuedAt;
}

function issuedAtOf(token: string): number | undefined {
  try {
    const payload = token.split(".")[1] ?? "";
    const claims: unknown = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/")));
    const iat = typeof claims === "object" && claims !== null ? (claims as { iat?: unknown }).iat : undefined;
    return typeof iat === "number" ? iat : undefined;
  } catch {
    return undefined;
  }
}
