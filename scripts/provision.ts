import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { probeEndpoint } from "../lib/config/emulator";
import { createCognitoClient, type Env } from "./provisioning/cognito-client";
import { readEnvFile, readEnvValue, updateEnvFile } from "./provisioning/env-file";
import { isMfaMode, MFA_MODES, type MfaMode } from "./provisioning/mfa";
import { provisionCruddur, type ProvisionResult } from "./provisioning/provision";

const USAGE = `Usage: npm run cognito:provision -- [--with-secret] [--seed-demo] [--mfa off|optional|on]
                                  [--relying-party-id localhost] [--no-rotate-refresh-tokens] [--env-file .env.local]

Creates (or reuses, by name, and brings up to date) the "cruddur" user pool on the Essentials plan,
with sign-in by password, emailed code or passkey, and its app client; then writes
AWS_DEFAULT_REGION, AWS_COGNITO_USER_POOL_ID, AWS_COGNITO_USER_POOL_CLIENT_ID,
AWS_COGNITO_USER_POOL_CLIENT_SECRET, AWS_COGNITO_REFRESH_TOKEN_ROTATION (and the endpoint, when there is
one) into the env file, leaving every other line alone.

Target: the emulator when AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER is set (in the environment
or the env file), otherwise the AWS account of the standard credential chain.
  --with-secret            a confidential client ("cruddur-web-confidential") with a client secret
  --seed-demo              a confirmed demo user; its credentials are printed
  --mfa                    the pool's multi-factor authentication with authenticator apps (TOTP):
                           off, optional (each user chooses; the default) or on (every user must set it up)
  --relying-party-id HOST  the passkey relying party: the app's host name (default localhost)
  --no-rotate-refresh-tokens
                           keep one refresh token per sign-in (REFRESH_TOKEN_AUTH). By default the
                           app client rotates refresh tokens: every refresh (GetTokensFromRefreshToken)
                           returns a new one, and a replayed old one ends the sign-in.`;

const ENDPOINT_KEY = "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER";

/** The process environment, plus the endpoint and region from the env file when the shell has none. */
async function effectiveEnv(envFile: string): Promise<Env> {
  const text = await readEnvFile(envFile);
  const env: Env = { ...process.env };
  for (const key of [ENDPOINT_KEY, "AWS_DEFAULT_REGION"]) env[key] ??= readEnvValue(text, key);
  return env;
}

async function describeTarget(env: Env): Promise<string> {
  const endpoint = env[ENDPOINT_KEY];
  if (!endpoint) return "AWS (standard credential chain)";
  return (await probeEndpoint(endpoint)) === "our-emulator"
    ? `the emulator at ${endpoint}`
    : `the endpoint ${endpoint}`;
}

function report(result: ProvisionResult, envFile: string) {
  console.log(`User pool   ${result.userPoolId} (${result.region})`);
  console.log(`App client  ${result.clientId}${result.clientSecret ? " (with secret)" : ""}`);
  console.log(
    `Refresh     ${result.rotatesRefreshTokens ? "rotating refresh tokens" : "REFRESH_TOKEN_AUTH, no rotation"}`,
  );
  console.log(`MFA         ${result.mfa}${result.mfa === "off" ? "" : " (authenticator app, TOTP)"}`);
  console.log(`Updated     ${envFile}`);
  if (result.demo) {
    console.log("\nDemo user (confirmed):");
    console.log(`  email     ${result.demo.email}`);
    console.log(`  password  ${result.demo.password}`);
    console.log(`  name      ${result.demo.name} (@${result.demo.handle})`);
  }
}

function explain(error: unknown, env: Env): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (/ECONNREFUSED|fetch failed/i.test(text) && env[ENDPOINT_KEY]) {
    return `${text}\nNothing answers at ${env[ENDPOINT_KEY]}. Start the emulator first: npm run emulator`;
  }
  if (/credential/i.test(text))
    return `${text}\nConfigure AWS credentials (AWS_PROFILE, AWS_ACCESS_KEY_ID…) or set ${ENDPOINT_KEY} to use the emulator.`;
  if (/region is missing/i.test(text)) return `${text}\nSet AWS_REGION or AWS_DEFAULT_REGION.`;
  return text;
}

interface Options {
  withSecret: boolean;
  seedDemo: boolean;
  mfa: MfaMode;
  relyingPartyId: string;
  rotateRefreshTokens: boolean;
  envFile: string;
}

/** The options, or what to print instead of provisioning (the usage, or why the command line is wrong). */
function parseOptions(): Options | { message: string; failed: boolean } {
  const { values } = parseArgs({
    options: {
      "with-secret": { type: "boolean", default: false },
      "seed-demo": { type: "boolean", default: false },
      mfa: { type: "string", default: "optional" },
      "env-file": { type: "string", default: ".env.local" },
      "relying-party-id": { type: "string", default: "localhost" },
      "no-rotate-refresh-tokens": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return { message: USAGE, failed: false };
  const mfa = values.mfa;
  if (!isMfaMode(mfa))
    return { message: `--mfa must be one of ${MFA_MODES.join(", ")}, got "${mfa}"\n\n${USAGE}`, failed: true };
  const envFile = resolve(values["env-file"]);
  const passwordless = {
    relyingPartyId: values["relying-party-id"],
    rotateRefreshTokens: !values["no-rotate-refresh-tokens"],
  };
  return { withSecret: values["with-secret"], seedDemo: values["seed-demo"], mfa, ...passwordless, envFile };
}

/** What to write: the pool and client, and the endpoint they live on, so `npm run dev` finds them there. */
export function provisionedSettings(result: ProvisionResult, endpoint: string | undefined) {
  return {
    AWS_DEFAULT_REGION: result.region,
    AWS_COGNITO_USER_POOL_ID: result.userPoolId,
    AWS_COGNITO_USER_POOL_CLIENT_ID: result.clientId,
    AWS_COGNITO_USER_POOL_CLIENT_SECRET: result.clientSecret,
    AWS_COGNITO_REFRESH_TOKEN_ROTATION: String(result.rotatesRefreshTokens),
    ...(endpoint ? { [ENDPOINT_KEY]: endpoint } : {}),
  };
}

async function provisionInto(env: Env, { envFile, ...options }: Options) {
  const client = createCognitoClient(env);
  const result = await provisionCruddur({ client, ...options });
  client.destroy();
  await updateEnvFile(envFile, provisionedSettings(result, env[ENDPOINT_KEY]));
  report(result, envFile);
}

async function main() {
  const options = parseOptions();
  if ("message" in options) {
    (options.failed ? console.error : console.log)(options.message);
    process.exitCode = options.failed ? 1 : 0;
    return;
  }
  const env = await effectiveEnv(options.envFile);
  console.log(`Provisioning Cruddur on ${await describeTarget(env)}…`);
  try {
    await provisionInto(env, options);
  } catch (error) {
    console.error(explain(error, env));
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
