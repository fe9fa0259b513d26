import type { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { startEmulator, type RunningEmulator } from "../../../emulator/index";
import { newSessionSecret } from "../../../lib/config/session-secret";
import { provisionCruddur, type ProvisionResult } from "../../../scripts/provisioning/provision";
import { startNextServer, type NextServer } from "../../../tests/stack/next-server";
import { appEnv, SHORT_ACCESS_TOKEN_SECONDS } from "../../../tests/stack/start-stack";
import {
  createPoolUser,
  emulatorAdmin,
  newPoolUser,
  passwordTokens,
  type PoolUser,
} from "../../../tests/stack/test-users";

export { SHORT_ACCESS_TOKEN_SECONDS };

/** An emulator of its own with Cruddur's pool and one app client: a fault test may stop it. */
export interface FaultPool {
  url: string;
  client: ProvisionResult;
  sessionSecret: string;
  admin: CognitoIdentityProviderClient;
  newUser(label?: string): Promise<PoolUser>;
  tokens(user: PoolUser): ReturnType<typeof passwordTokens>;
  stop(): Promise<void>;
}

const LOG_DIR = `${process.env.E2E_OUTPUT_DIR ?? "test-results"}/servers`;

export async function startFaultPool(options: { shortTokens?: boolean; rotate?: boolean } = {}): Promise<FaultPool> {
  const emulator: RunningEmulator = await startEmulator({
    port: 0,
    inMemory: true,
    allowShortTokens: true,
    log: () => {},
  });
  const admin = emulatorAdmin(emulator.url);
  const client = await provisionCruddur({
    client: admin,
    ...(options.shortTokens && { withSecret: true, accessTokenValiditySeconds: SHORT_ACCESS_TOKEN_SECONDS }),
    rotateRefreshTokens: options.rotate ?? false,
  });
  let stopped: Promise<void> | undefined;
  return {
    url: emulator.url,
    client,
    sessionSecret: newSessionSecret(),
    admin,
    newUser: (label) => createPoolUser(admin, client.userPoolId, newPoolUser(label)),
    tokens: (user) => passwordTokens(admin, client, user),
    stop: () => (stopped ??= emulator.close().finally(() => admin.destroy())),
  };
}

/** `npm start` for `pool`'s client, talking to `cognitoUrl` (the emulator, or a fault proxy in front of it). */
export function startFaultApp(
  pool: FaultPool,
  name: string,
  cognitoUrl = pool.url,
  env: Record<string, string> = {},
): Promise<NextServer> {
  const settings = { ...appEnv(pool.client, cognitoUrl, pool.sessionSecret), ...env };
  return startNextServer(settings, `${LOG_DIR}/faults-${name}.log`);
}
