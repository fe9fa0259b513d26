/** Runs once when a server starts; the Node.js-only work lives behind a dynamic import. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { exitOnBadConfig } = await import("./lib/config/startup-check");
  exitOnBadConfig();
}
