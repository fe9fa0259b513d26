import type { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { clientNameFor, ensureClient } from "./app-client";
import { createCognitoClient } from "./cognito-client";
import { seedDemoUser, type DemoUser } from "./demo-user";
import { configurePasswordless } from "./passwordless";
import { applyMfa, type MfaMode } from "./mfa";
import { ensurePool } from "./pool";

interface ProvisionOptions {
  poolName?: string;
  clientName?: string;
  withSecret?: boolean;
  seedDemo?: boolean;
  /** Creates (or reuses) a separate client, named "<client>-short-<n>s", whose access and ID tokens last n seconds. */
  accessTokenValiditySeconds?: number;
  /** The passkey relying-party id: the app's host name. Default "localhost". */
  relyingPartyId?: string;
  /** Refresh-token rotation on the app client; the command line turns it on unless told not to. */
  rotateRefreshTokens?: boolean;
  /** The pool's MFA, with TOTP as the factor; default "optional". */
  mfa?: MfaMode;
  client?: CognitoIdentityProviderClient;
}

export interface ProvisionResult {
  region: string;
  userPoolId: string;
  clientId: string;
  clientSecret?: string;
  /** The app needs AWS_COGNITO_REFRESH_TOKEN_ROTATION=true for such a client. */
  rotatesRefreshTokens: boolean;
  mfa: MfaMode;
  demo?: DemoUser;
}

/**
 * Creates Cruddur's user pool and app client, or reuses them by name and brings them up to date,
 * so it can run any number of times against the emulator or a real account with the same code.
 */
export async function provisionCruddur(options: ProvisionOptions = {}): Promise<ProvisionResult> {
  const cognito = options.client ?? createCognitoClient();
  const withSecret = options.withSecret ?? false;
  const mfa = options.mfa ?? "optional";
  try {
    const userPoolId = await ensurePool(cognito, options.poolName ?? "cruddur");
    await applyMfa(cognito, userPoolId, mfa);
    await configurePasswordless(cognito, userPoolId, options.relyingPartyId ?? "localhost");
    const app = await ensureClient(cognito, userPoolId, {
      name: clientNameFor(options.clientName, withSecret, options.accessTokenValiditySeconds),
      withSecret,
      accessTokenValiditySeconds: options.accessTokenValiditySeconds,
      rotateRefreshTokens: options.rotateRefreshTokens,
    });
    const demo = options.seedDemo ? await seedDemoUser(cognito, userPoolId) : undefined;
    const rotatesRefreshTokens = options.rotateRefreshTokens ?? false;
    return {
      region: await cognito.config.region(),
      userPoolId,
      ...app,
      rotatesRefreshTokens,
      mfa,
      ...(demo ? { demo } : {}),
    };
  } finally {
    if (!options.client) cognito.destroy();
  }
}
