import { startEmulator } from "../../emulator";
import { newSessionSecret } from "../../lib/config/session-secret";
import { provisionCruddur, type ProvisionResult } from "../../scripts/provisioning/provision";
import { startNextServer, type NextServer } from "./next-server";
import { startRedisServer } from "./redis-server";
import { emulatorAdmin } from "./test-users";

/** One running app server and the app client it signs in with. */
export interface StackApp {
  url: string;
  clientId: string;
  clientSecret?: string;
}

/** What tests need to know about a running stack; serialisable so workers can read it. */
export interface StackInfo {
  emulatorUrl: string;
  region: string;
  userPoolId: string;
  demo: { email: string; password: string; name: string; handle: string };
  /** The public client with Cognito's default token lifetimes. */
  main: StackApp;
  /** A confidential client (SECRET_HASH) whose access tokens live a few seconds, to exercise refresh. */
  confidential: StackApp;
  /** REDIS_URL of the servers, when the stack was started with `redis: true`. */
  redisUrl?: string;
}

interface Stack extends StackInfo {
  stop(): Promise<void>;
}

export const SHORT_ACCESS_TOKEN_SECONDS = 5;

interface StackOptions {
  appEnv?: Record<string, string>;
  /** Starts a throwaway redis-server and gives every app server its REDIS_URL (off by default). */
  redis?: boolean;
}

/**
 * An in-memory emulator, a provisioned pool, one `next start` per app client and, when asked, a
 * Redis they share, all on loopback.
 */
export async function startStack(logDir: string, options: StackOptions = {}): Promise<Stack> {
  const redis = options.redis ? await startRedisServer() : undefined;
  const emulator = await startEmulator({
    port: 0,
    inMemory: true,
    allowShortTokens: true,
    allowTestSigning: true,
    log: () => {},
  }).catch(async (error: unknown) => {
    await redis?.close();
    throw error;
  });
  const servers: NextServer[] = [];
  const stop = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await emulator.close();
    await redis?.close();
  };
  try {
    const cognito = emulatorAdmin(emulator.url);
    const main = await provisionCruddur({ client: cognito, seedDemo: true });
    const confidential = await provisionCruddur({
      client: cognito,
      withSecret: true,
      accessTokenValiditySeconds: SHORT_ACCESS_TOKEN_SECONDS,
    });
    const sessionSecret = newSessionSecret();
    const serve = async (result: ProvisionResult, name: string): Promise<StackApp> => {
      const env = {
        ...appEnv(result, emulator.url, sessionSecret),
        ...(redis && { REDIS_URL: redis.url }),
        ...options.appEnv,
      };
      const server = await startNextServer(env, `${logDir}/next-${name}.log`);
      servers.push(server);
      return { url: server.url, clientId: result.clientId, clientSecret: result.clientSecret };
    };
    if (!main.demo) throw new Error("provisioning did not seed the demo user");
    const [mainApp, confidentialApp] = await Promise.all([serve(main, "main"), serve(confidential, "confidential")]);
    return {
      emulatorUrl: emulator.url,
      region: main.region,
      userPoolId: main.userPoolId,
      demo: main.demo,
      main: mainApp,
      confidential: confidentialApp,
      redisUrl: redis?.url,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export function appEnv(result: ProvisionResult, emulatorUrl: string, sessionSecret: string): Record<string, string> {
  return {
    AWS_DEFAULT_REGION: result.region,
    AWS_COGNITO_USER_POOL_ID: result.userPoolId,
    AWS_COGNITO_USER_POOL_CLIENT_ID: result.clientId,
    ...(result.clientSecret ? { AWS_COGNITO_USER_POOL_CLIENT_SECRET: result.clientSecret } : {}),
    ...(result.rotatesRefreshTokens && { AWS_COGNITO_REFRESH_TOKEN_ROTATION: "true" }),
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: emulatorUrl,
    SESSION_SECRET: sessionSecret,
    // `npm start` runs in production mode; this lets it trust the loopback emulator.
    ALLOW_COGNITO_EMULATOR_IN_PRODUCTION: "true",
    // Every suite signs in from the one loopback address, hundreds of times a minute. Per-account
    // limits stay at their defaults; per-address limits are exercised with X-Forwarded-For, the
    // test playing the one trusted proxy that wrote it.
    RATE_LIMITS: LOOPBACK_ADDRESS_LIMITS,
    TRUSTED_PROXY_HOPS: "1",
  };
}

const LOOPBACK_ADDRESS_LIMITS = [
  ...["sign-in", "sign-up", "recovery", "confirmation", "resend"].map((action) => `${action}.ip=5000/1m+50000/1h`),
  "email.global=50000/1h",
].join(",");
