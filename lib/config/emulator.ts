const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function isLoopbackUrl(value: string | undefined): boolean {
  if (!value) return false;
  try {
    const { hostname } = new URL(value);
    return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
  } catch {
    return false;
  }
}

export function emulatorOutboxUrl(
  config: { cognitoEndpoint?: string; emulated: boolean; isProduction: boolean },
  email: string,
): string | undefined {
  if (config.isProduction || !config.emulated || !config.cognitoEndpoint) return undefined;
  return `${config.cognitoEndpoint}/_emulator/outbox${email ? `?${new URLSearchParams({ email })}` : ""}`;
}
