import { ConfigError, getConfig } from "./env";

/** Stops the server at start-up with every configuration problem named, instead of a 500 on every route. */
export function exitOnBadConfig(): void {
  try {
    getConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
