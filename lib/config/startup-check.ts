import { ConfigError, getConfig } from "./env";

export function perProcessStateWarning(config: { isProduction: boolean; redisUrl?: string }): string | undefined {
  if (!config.isProduction || config.redisUrl) return undefined;
  return (
    "[config] REDIS_URL is not set: sessions, revocations, rate limits and cooldowns are kept in this process only. " +
    "With more than one instance, a sign-out on one instance is not seen by the others, and limits count per instance."
  );
}

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
