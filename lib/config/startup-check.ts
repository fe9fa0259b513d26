import { ConfigError, getConfig } from "./env";

/** What production without REDIS_URL means, said once at start-up; undefined when nothing needs saying. */
export function perProcessStateWarning(config: { isProduction: boolean; redisUrl?: string }): string | undefined {
  if (!config.isProduction || config.redisUrl) return undefined;
  return (
    "[config] REDIS_URL is not set: sessions, revocations, rate limits and cooldowns are kept in this process only. " +
    "With more than one instance, a sign-out on one instance is not seen by the others, and limits count per instance."
  );
}

/**
 * Stops the server at start-up with every configuration problem named, instead of a 500 on every
 * route, and says what a valid configuration leaves per process.
 */
export function exitOnBadConfig(): void {
  try {
    const warning = perProcessStateWarning(getConfig());
    if (warning) console.warn(warning);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
