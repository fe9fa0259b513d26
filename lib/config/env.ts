import "server-only";
import { isLoopbackUrl } from "./emulator";
import { CONFIG_VARIABLES, POOL_ID, schema, type RawConfig } from "./schema";
import { nearMisses } from "./did-you-mean";
import type { Policy } from "./rate-limits";

interface Config {
  region: string;
  userPoolId: string;
  clientId: string;
  clientSecret?: string;
  /** The app client rotates refresh tokens: refresh with GetTokensFromRefreshToken, not REFRESH_TOKEN_AUTH. */
  refreshTokenRotation: boolean;
  cognitoEndpoint?: string;
  emulated: boolean;
  issuer: string;
  jwksUri: string;
  // Newest first: the first one seals, all of them unseal.
  sessionSecrets: readonly string[];
  isProduction: boolean;
  session: { idleTimeoutMs: number; maxAgeMs: number };
  internalOrigin: string;
  redisUrl?: string;
  rateLimit: { policy: Policy; trustedProxyHops: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid Cruddur configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

function productionEndpointProblem(raw: RawConfig, region: string | undefined, endpoint: string): string | undefined {
  if (raw.NODE_ENV !== "production") return undefined;
  if (endpoint.replace(/\/+$/, "") === `https://cognito-idp.${region}.amazonaws.com`) return undefined;
  if (raw.ALLOW_COGNITO_EMULATOR_IN_PRODUCTION === "true" && isLoopbackUrl(endpoint)) return undefined;
  return `AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER must be https://cognito-idp.${region}.amazonaws.com in production (or unset)`;
}

function rotationProblem(raw: RawConfig): string | undefined {
  const counter = (secret: string) => Number(secret.split(".")[0]);
  const current = counter(raw.SESSION_SECRET);
  const previous = raw.SESSION_SECRET_PREVIOUS.map(counter);
  if (previous.every((id) => id < current) && new Set(previous).size === previous.length) return undefined;
  return `SESSION_SECRET_PREVIOUS counters must be different and lower than SESSION_SECRET's (${current}): to rotate, move the current SESSION_SECRET there and give the new one the next counter`;
}

function crossChecks(raw: RawConfig): string[] {
  const problems: string[] = [];
  if (raw.SESSION_IDLE_TIMEOUT > raw.SESSION_MAX_AGE)
    problems.push("SESSION_IDLE_TIMEOUT must not be longer than SESSION_MAX_AGE");
  const rotation = rotationProblem(raw);
  if (rotation) problems.push(rotation);
  const poolRegion = POOL_ID.exec(raw.AWS_COGNITO_USER_POOL_ID)?.groups?.region;
  if (raw.AWS_DEFAULT_REGION && poolRegion && raw.AWS_DEFAULT_REGION !== poolRegion) {
    problems.push(
      `AWS_DEFAULT_REGION (${raw.AWS_DEFAULT_REGION}) does not match the region of AWS_COGNITO_USER_POOL_ID (${poolRegion})`,
    );
  }
  const endpoint = raw.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER;
  const endpointProblem = endpoint && productionEndpointProblem(raw, poolRegion, endpoint);
  if (endpointProblem) problems.push(endpointProblem);
  return problems;
}

function toConfig(raw: RawConfig): Config {
  const region = POOL_ID.exec(raw.AWS_COGNITO_USER_POOL_ID)?.groups?.region ?? "";
  const issuer = `https://cognito-idp.${region}.amazonaws.com/${raw.AWS_COGNITO_USER_POOL_ID}`;
  const endpoint = raw.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER?.replace(/\/+$/, "");
  const isProduction = raw.NODE_ENV === "production";
  const amazonEndpoint = `https://cognito-idp.${region}.amazonaws.com`;
  const selfServed = endpoint !== undefined && endpoint !== amazonEndpoint;
  return {
    region,
    userPoolId: raw.AWS_COGNITO_USER_POOL_ID,
    clientId: raw.AWS_COGNITO_USER_POOL_CLIENT_ID,
    clientSecret: raw.AWS_COGNITO_USER_POOL_CLIENT_SECRET,
    refreshTokenRotation: raw.AWS_COGNITO_REFRESH_TOKEN_ROTATION,
    cognitoEndpoint: endpoint,
    emulated: isLoopbackUrl(endpoint),
    issuer,
    jwksUri: selfServed
      ? `${endpoint}/${raw.AWS_COGNITO_USER_POOL_ID}/.well-known/jwks.json`
      : `${issuer}/.well-known/jwks.json`,
    sessionSecrets: [raw.SESSION_SECRET, ...raw.SESSION_SECRET_PREVIOUS],
    isProduction,
    session: { idleTimeoutMs: raw.SESSION_IDLE_TIMEOUT, maxAgeMs: raw.SESSION_MAX_AGE },
    internalOrigin: `http://127.0.0.1:${raw.PORT ?? "3000"}`,
    redisUrl: raw.REDIS_URL,
    rateLimit: {
      policy: raw.RATE_LIMITS,
      trustedProxyHops: raw.TRUSTED_PROXY_HOPS,
    },
  };
}

function typoProblems(env: Record<string, string | undefined>, invalid: Set<string>): string[] {
  const misses = nearMisses(Object.keys(env), CONFIG_VARIABLES);
  return [...misses].flatMap(([known, typos]) =>
    env[known] === undefined || invalid.has(known)
      ? typos.map((typo) => `${typo} is not a Cruddur variable: did you mean ${known}?`)
      : [],
  );
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = schema.safeParse(env);
  const issues = result.success ? [] : result.error.issues;
  const invalid = new Set(issues.map((issue) => String(issue.path[0])));
  const problems = [
    ...issues.map((issue) => `${String(issue.path[0])} ${issue.message}`),
    ...typoProblems(env, invalid),
    ...(result.success ? crossChecks(result.data) : []),
  ];
  if (problems.length > 0 || !result.success) throw new ConfigError(problems);
  return toConfig(result.data);
}

let memo: Config | undefined;

export function getConfig(): Config {
  if (!memo) {
    memo = parseConfig({ ...process.env });
    if (memo.isProduction && memo.emulated) {
      console.warn("[env] production mode is trusting a local Cognito emulator (ALLOW_COGNITO_EMULATOR_IN_PRODUCTION)");
    }
  }
  return memo;
}
