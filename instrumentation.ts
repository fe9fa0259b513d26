/**
 * Runs once when a server starts. A bad configuration stops the start-up with every problem
 * named, rather than a server that answers 500 on every route.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { ConfigError, getConfig } = await import("./lib/env");
  try {
    getConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
