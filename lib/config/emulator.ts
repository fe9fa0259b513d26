const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** What Cruddur's Cognito emulator answers in the `server` header, so it can be told from any other Cognito. */
export const EMULATOR_SERVER_HEADER = "cruddur-cognito-emulator";

/** The endpoint `npm run dev` wrote before it recorded which endpoints are its own emulator's. */
const LEGACY_DEV_ENDPOINT = "http://127.0.0.1:9229";

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

type EmulatorConfig = { cognitoEndpoint?: string; emulated: boolean; isProduction: boolean };

/** Where the app posts its own mail when Cognito is our emulator: the emulator's outbox. */
export function emulatorAppMailUrl(config: Omit<EmulatorConfig, "isProduction">): string | undefined {
  return config.emulated && config.cognitoEndpoint ? `${config.cognitoEndpoint}/_emulator/outbox` : undefined;
}

/** Who answers at a Cognito endpoint: our emulator, another server, or nothing at all. */
type EndpointAnswer = "our-emulator" | "other" | "silent";

/** Asks the endpoint once; only a loopback endpoint can be our emulator, so others are not probed. */
export async function probeEndpoint(endpoint: string, timeoutMs = 1500): Promise<EndpointAnswer> {
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

/** probeEndpoint, remembered once something answers (an endpoint that answered keeps its kind). */
export async function knownEndpoint(endpoint: string): Promise<EndpointAnswer> {
  const known = settled.get(endpoint);
  if (known) return known;
  const answer = await probeEndpoint(endpoint);
  if (answer !== "silent") settled.set(endpoint, answer);
  return answer;
}

interface DevCognito {
  endpoint?: string;
  userPoolId?: string;
  /** The endpoint `npm run dev` last started its emulator on (COGNITO_DEV_EMULATOR). */
  devEmulator?: string;
  answer: EndpointAnswer;
}

/**
 * `npm run dev` starts (and provisions) its emulator only when the endpoint is its own: none yet,
 * or the one it recorded, unless our emulator already answers there. Any other endpoint, or a
 * pool with no endpoint (Amazon Cognito), is used as it is.
 */
export function devShouldStartEmulator({ endpoint, userPoolId, devEmulator, answer }: DevCognito): boolean {
  if (!endpoint) return !userPoolId;
  if (answer === "our-emulator") return false;
  if (devEmulator) return sameEndpoint(endpoint, devEmulator);
  return sameEndpoint(endpoint, LEGACY_DEV_ENDPOINT) && answer === "silent";
}

function sameEndpoint(a: string, b: string): boolean {
  return a.replace(/\/+$/, "") === b.replace(/\/+$/, "");
}

/** The emulator's outbox for `email`, when the app talks to our emulator in development; else undefined. */
export function emulatorOutboxUrl(
  config: { cognitoEndpoint?: string; isProduction: boolean },
  answer: EndpointAnswer,
  email: string,
): string | undefined {
  if (config.isProduction || answer !== "our-emulator" || !config.cognitoEndpoint) return undefined;
  return `${config.cognitoEndpoint}/_emulator/outbox${email ? `?${new URLSearchParams({ email })}` : ""}`;
}
