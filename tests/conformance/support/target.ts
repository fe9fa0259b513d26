import { CognitoIdentityProviderClient, DeleteUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { startEmulator, type EmulatorOptions } from "../../../emulator/index";

/**
 * Where the suite runs: the offline emulator (default) or a real AWS account
 * (COGNITO_CONFORMANCE_TARGET=aws, AWS_REGION and the standard credential chain).
 */
export const onAws = process.env.COGNITO_CONFORMANCE_TARGET === "aws";

export interface Target {
  kind: "emulator" | "aws";
  region: string;
  /** Base URL that speaks the Cognito JSON protocol (POST / with X-Amz-Target). */
  endpoint: string;
  client: CognitoIdentityProviderClient;
  jwksUrl(poolId: string): string;
  openIdConfigurationUrl(poolId: string): string;
  /** Pools created by the run; deleted on close when the target is AWS. */
  trackPool(poolId: string): void;
  close(): Promise<void>;
}

const EMULATOR_REGION = "us-east-1";

export async function openTarget(): Promise<Target> {
  return onAws ? openAwsTarget() : openEmulatorTarget();
}

function openEmulatorTarget(): Promise<Target> {
  return startEmulatorTarget({ inMemory: true, allowShortTokens: false });
}

/** A fresh emulator on a free port, quiet unless `log` is given, wrapped as a Target. */
export async function startEmulatorTarget(options: EmulatorOptions): Promise<Target> {
  const emulator = await startEmulator({ port: 0, log: () => undefined, ...options });
  const client = new CognitoIdentityProviderClient({
    region: EMULATOR_REGION,
    endpoint: emulator.url,
    credentials: { accessKeyId: "conformance", secretAccessKey: "conformance" },
  });
  return {
    kind: "emulator",
    region: EMULATOR_REGION,
    endpoint: emulator.url,
    client,
    jwksUrl: (poolId) => `${emulator.url}/${poolId}/.well-known/jwks.json`,
    openIdConfigurationUrl: (poolId) => `${emulator.url}/${poolId}/.well-known/openid-configuration`,
    trackPool: () => undefined,
    close: async () => {
      client.destroy();
      await emulator.close();
    },
  };
}

function openAwsTarget(): Target {
  const region = process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
  if (!region) throw new Error("COGNITO_CONFORMANCE_TARGET=aws needs AWS_REGION");
  const client = new CognitoIdentityProviderClient({ region });
  const base = `https://cognito-idp.${region}.amazonaws.com`;
  const pools: string[] = [];
  return {
    kind: "aws",
    region,
    endpoint: base,
    client,
    jwksUrl: (poolId) => `${base}/${poolId}/.well-known/jwks.json`,
    openIdConfigurationUrl: (poolId) => `${base}/${poolId}/.well-known/openid-configuration`,
    trackPool: (poolId) => void pools.push(poolId),
    close: async () => {
      for (const UserPoolId of pools) await client.send(new DeleteUserPoolCommand({ UserPoolId }));
      client.destroy();
    },
  };
}
