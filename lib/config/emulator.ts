const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** True for http(s) URLs on this machine's loopback interface: where a Cognito emulator may run. */
export function isLoopbackUrl(value: string | undefined): boolean {
  if (!value) return false;
  try {
    const { hostname } = new URL(value);
    return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
  } catch {
    return false;
  }
}

/** The emulator's outbox for `email`, when the app talks to an emulator in development; else undefined. */
export function emulatorOutboxUrl(
  config: { cognitoEndpoint?: string; emulated: boolean; isProduction: boolean },
  email: string,
): string | undefined {
  if (config.isProduction || !config.emulated || !config.cognitoEndpoint) return undefined;
  return `${config.cognitoEndpoint}/_emulator/outbox${email ? `?${new URLSearchParams({ email })}` : ""}`;
}
