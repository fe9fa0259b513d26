const TWO_YEARS_SECONDS = 63_072_000;

/** The same on every response: next.config.ts sends them, so files that skip the middleware get them too. */
export function staticSecurityHeaders(isProduction: boolean): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(isProduction
      ? [{ key: "Strict-Transport-Security", value: `max-age=${TWO_YEARS_SECONDS}; includeSubDomains` }]
      : []),
  ];
}
