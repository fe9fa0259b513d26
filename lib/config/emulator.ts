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

type EmulatorConfig = { cognitoEndpoint?: string; emulated: boolean; isProduction: boolean };

/** Where the app posts its own mail when Cognito is our emulator: the emulator's outbox. */
export function emulatorAppMailUrl(config: Omit<EmulatorConfig, "isProduction">): string | undefined {
  return config.emulated && config.cognitoEndpoint ? `${config.cognitoEndpoint}/_emulator/outbox` : undefined;
}

/** The emulator's outbox for `email`, when the app talks to an emulator in development; else undefined. */
export function emulatorOutboxUrl(config: EmulatorConfig, email: string): string | undefined {
  const outbox = config.isProduction ? undefined : emulatorAppMailUrl(config);
  return outbox && `${outbox}${email ? `?${new URLSearchParams({ email })}` : ""}`;
}
