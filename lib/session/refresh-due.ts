const REFRESH_WINDOW_SECONDS = 5 * 60;

// Unverified iat is safe here: the token came out of our authenticated seal; this only times a refresh.
export function refreshDue(accessToken: string, accessExpiresAt: number, nowSeconds: number): boolean {
  const secondsLeft = accessExpiresAt - nowSeconds;
  if (secondsLeft > REFRESH_WINDOW_SECONDS) return false;
  return secondsLeft <= accessLifetimeSeconds(accessToken, accessExpiresAt) / 4;
}

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
