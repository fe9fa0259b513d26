const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export const EMULATOR_SERVER_HEADER = "cruddur-cognito-emulator";

// What `npm run dev` wrote before it recorded its emulator's endpoint as COGNITO_DEV_EMULATOR.
const LEGACY_DEV_ENDPOINT = "http://127.0.0.1:9229";

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

export function emulatorAppMailUrl(config: Omit<EmulatorConfig, "isProduction">): string | undefined {
  return config.emulated && config.cognitoEndpoint ? `${config.cognitoEndpoint}/_emulator/outbox` : undefined;
}

type EndpointAnswer = "our-emulator" | "other" | "silent";

export async function probeEndpoint(endpoint: string, timeoutMs = 1500): Promise<EndpointAnswer> {
  // Only a loopback endpoint can be our emulator, so no other is probed.
  if (!isLoopbackUrl(endpoint)) return "other";
  try {
    const response = await fetch(`${endpoint.replace(/\/+$/, "")}/_emulator/health`, {
      signal: AbortSignal.timeout(timeoutMs),
      cache: "no-store",
    });
    await response.body?.cancel();
    return response.headers.get("server") === EMULATOR_SERVER_HEADER ? "our-emulator" : "other";
  } catch {
    return "silent";
  }
}

const settled = new Map<string, EndpointAnswer>();

export async function knownEndpoint(endpoint: string): Promise<EndpointAnswer> {
  const known = settled.get(endpoint);
  if (known) return known;
  const answer = await probeEndpoint(endpoint);
  // A silent endpoint is asked again next time: the emulator may still be starting.
  if (answer !== "silent") settled.set(endpoint, answer);
  return answer;
}

interface DevCognito {
  endpoint?: string;
  userPoolId?: string;
  devEmulator?: string;
  answer: EndpointAnswer;
}

export function devShouldStartEmulator({ endpoint, userPoolId, devEmulator, answer }: DevCognito): boolean {
  if (!endpoint) return !userPoolId;
  if (answer === "our-emulator") return false;
  if (devEmulator) return sameEndpoint(endpoint, devEmulator);
  return sameEndpoint(endpoint, LEGACY_DEV_ENDPOINT) && answer === "silent";
}

function sameEndpoint(a: string, b: string): boolean {
  return a.replace(/\/+$/, "") === b.replace(/\/+$/, "");
}

export function emulatorOutboxUrl(
  config: { cognitoEndpoint?: string; isProduction: boolean },
  answer: EndpointAnswer,
  email: string,
): string | undefined {
  if (config.isProduction || answer !== "our-emulator" || !config.cognitoEndpoint) return undefined;
  return `${config.cognitoEndpoint}/_emulator/outbox${email ? `?${new URLSearchParams({ email })}` : ""}`;
}
