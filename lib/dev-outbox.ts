import type { Config } from "./env";

/** The emulator's outbox for `email` in development, where no email is really sent; else undefined. */
export function emulatorOutboxUrl(
  config: Pick<Config, "cognitoEndpoint" | "isProduction">,
  email: string,
): string | undefined {
  const endpoint = config.cognitoEndpoint;
  if (config.isProduction || !endpoint || new URL(endpoint).hostname.endsWith(".amazonaws.com")) return undefined;
  return `${endpoint}/_emulator/outbox${email ? `?${new URLSearchParams({ email })}` : ""}`;
}
