import { join } from "node:path";
import { createCognitoClient } from "../../scripts/provisioning/cognito-client";
import { provisionCruddur } from "../../scripts/provisioning/provision";
import { newSessionSecret } from "../../lib/config/session-secret";
import { startEmulatorProcess, startNext, type Child } from "./processes";
import type { Session } from "../../lib/session/types";
import { signInThroughApp } from "./sign-in";
import type { Pool } from "./tokens";

export interface BenchStack {
  pool: Pool;
  demo: { email: string; password: string };
  /** Environment of the app servers; the micro-bench uses the same one. */
  appEnv: Record<string, string>;
  startApp(name: string, extra?: { env?: Record<string, string>; nodeOptions?: string[] }): Promise<Child>;
  /** The demo user signed in through `app`'s form: a session its sign-in registry holds. */
  signInOn(app: Child): Promise<Session>;
  jwksFetches(): Promise<number | null>;
  stop(): Promise<void>;
}

/** Emulator (own process) with Cruddur's pool, its public client and the demo user. */
export async function startBenchStack(root: string, variantDir: string, logDir: string): Promise<BenchStack> {
  const emulator = await startEmulatorProcess(root, logDir);
  const apps: Child[] = [];
  const stop = async () => {
    await Promise.all(apps.map((app) => app.stop()));
    await emulator.stop();
  };
  try {
    const cognito = createCognitoClient({ AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: emulator.url });
    const provisioned = await provisionCruddur({ client: cognito, seedDemo: true });
    cognito.destroy();
    if (!provisioned.demo) throw new Error("provisioning did not seed the demo user");
    const sessionSecret = newSessionSecret();
    const appEnv = {
      AWS_DEFAULT_REGION: provisioned.region,
      AWS_COGNITO_USER_POOL_ID: provisioned.userPoolId,
      AWS_COGNITO_USER_POOL_CLIENT_ID: provisioned.clientId,
      AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: emulator.url,
      SESSION_SECRET: sessionSecret,
      ALLOW_COGNITO_EMULATOR_IN_PRODUCTION: "true",
      // Every bench request comes from 127.0.0.1: per-IP limits would turn the load into 429s.
      RATE_LIMITS: "api.ip=9999999/1m,api.account=9999999/1m,sign-in.ip=9999999/1m,sign-in.account=1000/1m",
    };
    const pool = {
      emulatorUrl: emulator.url,
      userPoolId: provisioned.userPoolId,
      clientId: provisioned.clientId,
      sessionSecret,
    };
    const demo = provisioned.demo;
    return {
      pool,
      demo,
      signInOn: (app) => signInThroughApp(app.url, pool, demo.email, demo.password),
      appEnv,
      startApp: async (name, extra = {}) => {
        const env = { ...appEnv, ...extra.env };
        const app = await startNext(variantDir, env, join(logDir, `next-${name}.log`), extra.nodeOptions);
        apps.push(app);
        return app;
      },
      jwksFetches: async () => {
        const response = await fetch(`${emulator.url}/_emulator/stats`).catch(() => null);
        if (!response?.ok) return null;
        return ((await response.json()) as { jwksFetches?: number }).jwksFetches ?? null;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
