import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { devShouldStartEmulator, probeEndpoint } from "../lib/config/emulator";
import { startEmulator, type RunningEmulator } from "../emulator/index";
import { newSessionSecret, parseSessionSecret } from "../lib/config/session-secret";
import { createCognitoClient } from "./provisioning/cognito-client";
import { readEnvEntries, readEnvFile, readEnvValue, updateEnvFile } from "./provisioning/env-file";
import { provisionCruddur, type ProvisionResult } from "./provisioning/provision";

/**
 * `npm run dev`: the app against the Cognito that .env.local names (Amazon's, or any other
 * endpoint), used as it is; otherwise against the embedded emulator, provisioned and seeded with
 * a demo account on every start.
 */
const DEFAULT_ENV_FILE = ".env.local";
const DEFAULT_EMULATOR_PORT = 9229;
const ENDPOINT_KEY = "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER";
/** The endpoint of the emulator this script started: only that endpoint is its to move or rewrite. */
const DEV_EMULATOR_KEY = "COGNITO_DEV_EMULATOR";

interface DevServerAddress {
  host: string;
  port: string;
}

/**
 * Loopback unless HOST says otherwise: the dev server runs code on request (its editor-launch
 * endpoint opens files) and must not be reachable from the network by default.
 */
export function devServerAddress(env: Record<string, string | undefined>): DevServerAddress {
  return { host: env.HOST || "127.0.0.1", port: env.PORT || "3000" };
}

export function nextDevArgs({ host, port }: DevServerAddress): string[] {
  return ["node_modules/next/dist/bin/next", "dev", "-H", host, "-p", port];
}

/** Where to open the app: a wildcard address is reachable here as localhost. */
export function devServerUrl({ host, port }: DevServerAddress): string {
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

const address = devServerAddress(process.env);

/** The port to try first and whether another may stand in: EMULATOR_PORT is a promise, 9229 a preference. */
export function emulatorPortChoice(setting: string | undefined): { port: number; strict: boolean } {
  if (setting === undefined || setting === "") return { port: DEFAULT_EMULATOR_PORT, strict: false };
  const port = Number(setting);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`EMULATOR_PORT must be a port number, got "${setting}"`);
  return { port, strict: true };
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function startDevEmulator(portSetting: string | undefined) {
  const { port, strict } = emulatorPortChoice(portSetting);
  if (await portIsFree(port)) return { emulator: await startEmulator({ port }), taken: undefined };
  if (strict) throw new Error(`EMULATOR_PORT ${port} is taken: free it, or choose another port.`);
  return { emulator: await startEmulator({ port: 0 }), taken: port };
}

async function main() {
  const envFile = envFileOption(process.argv.slice(2));
  const envText = await readEnvFile(envFile);
  const setting = (key: string) => process.env[key] ?? readEnvValue(envText, key);
  const endpoint = setting(ENDPOINT_KEY);
  const answer = endpoint ? await probeEndpoint(endpoint) : "silent";
  const plan = {
    endpoint,
    userPoolId: setting("AWS_COGNITO_USER_POOL_ID"),
    devEmulator: setting(DEV_EMULATOR_KEY),
    answer,
  };
  if (!devShouldStartEmulator(plan)) {
    console.log(describeAsIs(plan, envFile));
    return runNextDev(undefined, readEnvEntries(envText), {});
  }
  const { emulator, taken } = await startDevEmulator(setting("EMULATOR_PORT"));
  const cognito = createCognitoClient({ ...process.env, [ENDPOINT_KEY]: emulator.url });
  const result = await provisionCruddur({ client: cognito, seedDemo: true, rotateRefreshTokens: true });
  cognito.destroy();
  const written = {
    AWS_DEFAULT_REGION: result.region,
    AWS_COGNITO_USER_POOL_ID: result.userPoolId,
    AWS_COGNITO_USER_POOL_CLIENT_ID: result.clientId,
    AWS_COGNITO_USER_POOL_CLIENT_SECRET: result.clientSecret,
    AWS_COGNITO_REFRESH_TOKEN_ROTATION: String(result.rotatesRefreshTokens),
    [ENDPOINT_KEY]: emulator.url,
    [DEV_EMULATOR_KEY]: emulator.url,
    SESSION_SECRET: usableSecret(setting("SESSION_SECRET"), envFile),
  };
  await updateEnvFile(envFile, written);
  printBanner(result, emulator, taken);
  runNextDev(emulator, readEnvEntries(envText), definedOnly(written));
}

function describeAsIs(
  { endpoint, userPoolId, answer }: { endpoint?: string; userPoolId?: string; answer: string },
  envFile: string,
) {
  const pool = userPoolId
    ? `the user pool ${userPoolId}`
    : `no user pool yet (run npm run cognito:provision -- --env-file ${envFile})`;
  if (!endpoint) return `Using ${pool} on Amazon Cognito, from ${envFile}; no emulator started.`;
  const who =
    answer === "our-emulator"
      ? "Cruddur's emulator, already running,"
      : answer === "silent"
        ? "the Cognito (nothing answers there yet)"
        : "the Cognito";
  return `Using ${who} at ${endpoint} with ${pool}, as ${envFile} says; no emulator started, nothing written.`;
}

function definedOnly(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** `--env-file FILE`: another file than .env.local (tests use one of their own). */
export function envFileOption(args: string[]): string {
  const { values } = parseArgs({ args, options: { "env-file": { type: "string", default: DEFAULT_ENV_FILE } } });
  return values["env-file"];
}

/** The secret already set, or a new one when there is none or it predates `<counter>.<secret>`. */
function usableSecret(current: string | undefined, envFile: string): string {
  if (current && typeof parseSessionSecret(current) !== "string") return current;
  if (current) console.log(`Replacing the SESSION_SECRET in ${envFile}: it is not a generated <counter>.<secret>.`);
  return newSessionSecret();
}

function printBanner(result: ProvisionResult, emulator: RunningEmulator, taken: number | undefined) {
  const lines = [
    `Cruddur         ${devServerUrl(address)}`,
    `Cognito         emulator at ${emulator.url}, pool ${result.userPoolId}`,
    ...(taken
      ? [`                (port ${taken} is taken, so port ${emulator.port}; set EMULATOR_PORT to choose)`]
      : []),
    `Demo account    ${result.demo?.email}  /  ${result.demo?.password}`,
    `Emailed codes   printed below as they are sent, and at ${emulator.url}/_emulator/outbox`,
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const rule = "─".repeat(width + 2);
  console.log(`┌${rule}┐\n${lines.map((line) => `│ ${line.padEnd(width)} │`).join("\n")}\n└${rule}┘`);
}

/** The env file's values reach the app even when it is not .env.local; the shell's own still win. */
function runNextDev(
  emulator: RunningEmulator | undefined,
  fromFile: Record<string, string>,
  written: Record<string, string>,
) {
  // Telemetry would be the only call off this machine; the app must work with no network.
  const telemetry = process.env.NEXT_TELEMETRY_DISABLED ?? "1";
  const env = { ...fromFile, ...process.env, ...written, NEXT_TELEMETRY_DISABLED: telemetry };
  const next = spawn(process.execPath, nextDevArgs(address), {
    stdio: "inherit",
    env,
  });
  const stop = () => next.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  next.on("exit", async (code) => {
    await emulator?.close();
    process.exit(code ?? 0);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
