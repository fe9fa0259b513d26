import { spawn } from "node:child_process";
import { pathToFileURL } from "node:url";
import { startEmulator, type RunningEmulator } from "../emulator/index";
import { newSessionSecret, parseSessionSecret } from "../lib/config/session-secret";
import { createCognitoClient } from "./provisioning/cognito-client";
import { readEnvFile, readEnvValue, updateEnvFile } from "./provisioning/env-file";
import { provisionCruddur, type ProvisionResult } from "./provisioning/provision";

/**
 * `npm run dev`: the app against a real user pool when .env.local names one, otherwise against
 * the embedded emulator, provisioned and seeded with a demo account on every start.
 */
const ENV_FILE = ".env.local";
const EMULATOR_PORT = 9229;

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

async function main() {
  const envText = await readEnvFile(ENV_FILE);
  const setting = (key: string) => process.env[key] ?? readEnvValue(envText, key);
  const usesRealPool =
    Boolean(setting("AWS_COGNITO_USER_POOL_ID")) && !setting("AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER");
  if (usesRealPool) {
    console.log(
      `Using the Cognito user pool ${setting("AWS_COGNITO_USER_POOL_ID")} from ${ENV_FILE}; no emulator started.`,
    );
    return runNextDev(undefined);
  }
  const emulator = await startEmulator({ port: EMULATOR_PORT });
  const cognito = createCognitoClient({ ...process.env, AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: emulator.url });
  const result = await provisionCruddur({ client: cognito, seedDemo: true, rotateRefreshTokens: true });
  cognito.destroy();
  await updateEnvFile(ENV_FILE, {
    AWS_DEFAULT_REGION: result.region,
    AWS_COGNITO_USER_POOL_ID: result.userPoolId,
    AWS_COGNITO_USER_POOL_CLIENT_ID: result.clientId,
    AWS_COGNITO_USER_POOL_CLIENT_SECRET: result.clientSecret,
    AWS_COGNITO_REFRESH_TOKEN_ROTATION: String(result.rotatesRefreshTokens),
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: emulator.url,
    SESSION_SECRET: usableSecret(setting("SESSION_SECRET")),
  });
  printBanner(result, emulator);
  runNextDev(emulator);
}

/** The secret already set, or a new one when there is none or it predates `<counter>.<secret>`. */
function usableSecret(current: string | undefined): string {
  if (current && typeof parseSessionSecret(current) !== "string") return current;
  if (current) console.log(`Replacing the SESSION_SECRET in ${ENV_FILE}: it is not a generated <counter>.<secret>.`);
  return newSessionSecret();
}

function printBanner(result: ProvisionResult, emulator: RunningEmulator) {
  const lines = [
    `Cruddur         ${devServerUrl(address)}`,
    `Cognito         emulator at ${emulator.url}, pool ${result.userPoolId}`,
    `Demo account    ${result.demo?.email}  /  ${result.demo?.password}`,
    `Emailed codes   printed below as they are sent, and at ${emulator.url}/_emulator/outbox`,
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const rule = "─".repeat(width + 2);
  console.log(`┌${rule}┐\n${lines.map((line) => `│ ${line.padEnd(width)} │`).join("\n")}\n└${rule}┘`);
}

function runNextDev(emulator: RunningEmulator | undefined) {
  // Telemetry would be the only call off this machine; the app must work with no network.
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1" };
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
